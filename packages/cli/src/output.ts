import { formatDiagnostic, type Diagnostic } from "@clausework/schema";
import type { CliIo } from "./context.js";

/** Diagnostics of one input, as `validate --json` prints them. */
export type FileReport = {
  readonly file: string;
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
};

type Style = "bold" | "dim" | "red" | "yellow" | "cyan" | "green";

const codes: Readonly<Record<Style, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
};

const severityStyle: Readonly<Record<Diagnostic["severity"], Style>> = {
  error: "red",
  warning: "yellow",
  info: "cyan",
};

/** Colours only when the standard output is a terminal and NO_COLOR is unset (no-color.org). */
/**
 * Colour on a terminal, as no-color.org and common tools agree: a non-empty
 * NO_COLOR turns it off, always; FORCE_COLOR=0 (or "false") turns it off, and
 * any other FORCE_COLOR turns it on where the output is not a terminal, such
 * as a CI log that shows colours.
 */
export function wantsColor(io: CliIo, stream: "stdout" | "stderr" = "stdout"): boolean {
  const noColor = io.env?.["NO_COLOR"];
  if (noColor !== undefined && noColor !== "") return false;
  const force = io.env?.["FORCE_COLOR"];
  if (force === "0" || force === "false") return false;
  if (force !== undefined && force !== "") return true;
  return io[stream].isTTY === true;
}

export function paint(text: string, style: Style, color: boolean): string {
  const [open, close] = codes[style];
  return color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
}

// File names and hints can carry control or direction-override characters;
// written raw they would garble the terminal, so they are shown as \u{…}.
function isUnsafe(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x2028 && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2069) ||
    codePoint === 0xfeff
  );
}

export function safeText(text: string): string {
  let out = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += isUnsafe(codePoint) ? `\\u{${codePoint.toString(16).toUpperCase()}}` : char;
  }
  return out;
}

/**
 * `file:line:col  error  /pointer  message (CODE)`, then the hint indented on its
 * own line. A diagnostic that names its own file (one about a clause file of
 * --clauses, found while building an engagement) is shown at that file.
 */
export function diagnosticLines(diagnostic: Diagnostic, file: string, color: boolean): string[] {
  const own = "file" in diagnostic && typeof diagnostic.file === "string" ? diagnostic.file : file;
  const name = safeText(own);
  const line = colorSeverity(formatDiagnostic(diagnostic, name), name, diagnostic, color);
  if (diagnostic.hint === undefined) return [line];
  return [line, paint(`    hint: ${safeText(diagnostic.hint)}`, "dim", color)];
}

function colorSeverity(line: string, name: string, diagnostic: Diagnostic, color: boolean): string {
  const marker = `  ${diagnostic.severity}  `;
  // The location is the name plus ":line:col", which holds no double space,
  // so the first marker after the name is the severity column.
  const at = line.indexOf(marker, name.length);
  if (!color || at < 0) return line;
  const severity = paint(diagnostic.severity, severityStyle[diagnostic.severity], color);
  return `${paint(line.slice(0, at), "bold", color)}  ${severity}  ${line.slice(at + marker.length)}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Joins lines into one chunk that ends with a line feed, or nothing for no lines. */
export function block(lines: readonly string[]): string {
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
