// Which fields of its data a template can read, from its syntax tree: every name in
// every path, at any depth (a superset of what it reads, which is the safe side).
// compose uses it to print a clause once for all documents of an engagement when
// the clause reads nothing that differs between them.
// `hbs.AST` is the global namespace of the Handlebars type declarations.
import { environment } from "./environment.js";

/** Thrown inside the walk when a path may reach the whole data root. */
class ReadsEverything extends Error {}

/** Blocks whose program runs in a new context: there `this` is no longer the root. */
const NEW_CONTEXT = new Set(["with", "each"]);

function readPath(path: hbs.AST.PathExpression, atRoot: boolean, fields: Set<string>): void {
  const parts = path.parts;
  if (path.data) {
    // @root.x reads x; @root alone is all of it; @index, @first and the like read no field.
    if (parts[0] !== "root") return;
    if (parts.length === 1) throw new ReadsEverything();
    for (const part of parts.slice(1)) fields.add(part);
    return;
  }
  // `this` or `.` at the root, or `..` from anywhere: possibly the whole root.
  if (parts.length === 0 && (atRoot || path.depth > 0)) throw new ReadsEverything();
  for (const part of parts) fields.add(part);
}

function readExpression(node: hbs.AST.Expression, atRoot: boolean, fields: Set<string>): void {
  if (node.type === "PathExpression") readPath(node as hbs.AST.PathExpression, atRoot, fields);
  else if (node.type === "SubExpression") readCall(node as hbs.AST.SubExpression, atRoot, fields);
}

function readCall(
  node: { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash },
  atRoot: boolean,
  fields: Set<string>,
): void {
  readExpression(node.path, atRoot, fields);
  for (const param of node.params) readExpression(param, atRoot, fields);
  for (const pair of node.hash?.pairs ?? []) readExpression(pair.value, atRoot, fields);
}

function readProgram(
  program: hbs.AST.Program | undefined,
  atRoot: boolean,
  fields: Set<string>,
): void {
  for (const node of program?.body ?? []) {
    if (node.type === "MustacheStatement") {
      readCall(node as hbs.AST.MustacheStatement, atRoot, fields);
    } else if (node.type === "BlockStatement") {
      const block = node as hbs.AST.BlockStatement;
      readCall(block, atRoot, fields);
      const helper = (block.path as hbs.AST.PathExpression).original;
      readProgram(block.program, atRoot && !NEW_CONTEXT.has(helper), fields);
      readProgram(block.inverse, atRoot, fields);
    } else if (node.type !== "ContentStatement" && node.type !== "CommentStatement") {
      // Partials and decorators never pass the checks; if one got here, assume the worst.
      throw new ReadsEverything();
    }
  }
}

const known = new Map<string, ReadonlySet<string> | undefined>();
const MAX_KNOWN = 500;

/**
 * Every field name the template `source` mentions in a path, or undefined when it
 * may read the data root as a whole (`this` or `@root` at the top) or cannot be read.
 */
export function fieldsRead(source: string): ReadonlySet<string> | undefined {
  if (known.has(source)) return known.get(source);
  let fields: Set<string> | undefined = new Set<string>();
  try {
    readProgram(environment.parse(source), true, fields);
  } catch {
    fields = undefined;
  }
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(source, fields);
  return fields;
}
