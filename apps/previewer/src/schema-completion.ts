// Completion from the engagement schema (codemirror-json-schema), with the schema
// compiled once. Its JSONCompletion (0.8) means to keep its copies of the schema
// but never records which schema they came from, and json-schema-library compiles
// any schema it has not marked as compiled: each completion request (100 ms after
// a keystroke) compiled the whole engagement schema two to four times, 15-30 ms of
// the page's thread in the way of the next keystroke and of the preview.
import type { CompletionSource } from "@codemirror/autocomplete";
import { JSONCompletion, getJSONSchema } from "codemirror-json-schema";
import type { stateExtensions } from "codemirror-json-schema";
import { Draft07 } from "json-schema-library";

export type EditorSchema = NonNullable<Parameters<typeof stateExtensions>[0]>;

/** The schema as json-schema-library compiles it, marked so that a Draft made from it compiles nothing. */
export function compiledSchema(schema: EditorSchema): EditorSchema {
  return new Draft07(schema).rootSchema as EditorSchema;
}

/**
 * Records in `completion` the schema its copies came from (as it means to) and
 * compiles its lax copy once. Internal fields: when they are not there (another
 * version), nothing is changed and completion works as the library has it.
 */
function keepSchemas(completion: JSONCompletion, schema: EditorSchema): boolean {
  const lax: unknown = Reflect.get(completion, "laxSchema");
  if (typeof lax !== "object" || lax === null || !Reflect.has(completion, "originalSchema"))
    return false;
  Reflect.set(completion, "laxSchema", compiledSchema(lax as EditorSchema));
  Reflect.set(completion, "originalSchema", schema);
  return true;
}

/** Completion for the schema in the editor's state; give the state a compiled schema. */
export function schemaCompletion(): CompletionSource {
  const completion = new JSONCompletion({});
  let kept: EditorSchema | undefined;
  return (context) => {
    const result = completion.doComplete(context);
    const schema = getJSONSchema(context.state) ?? undefined;
    if (schema !== undefined && schema !== kept && keepSchemas(completion, schema)) kept = schema;
    // The library answers [] when there is no schema; CodeMirror's word for none is null.
    return Array.isArray(result) ? null : result;
  };
}
