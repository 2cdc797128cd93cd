// What each helper takes and gives back, so a custom clause that hands a helper
// the wrong kind of value (a name to `date`, text to `money`) is refused before it
// renders. The helpers check again at run time (helpers/arguments.ts); this table
// says the same in advance, and a test keeps it in step with the helpers.
import { BOOLEAN, text, type Shape } from "./shape.js";

/** The kind of value one argument must be. */
export type Parameter =
  | "value"
  | "text"
  | "number"
  | "date"
  | "time"
  | "zone"
  | "money"
  | "window"
  | "basis"
  | "weekdays"
  | "text-list"
  /** A quoted phrase table name, then a field whose every value the table knows. */
  | "phrase-table"
  | "phrase-value"
  | "list-kind"
  | "block-name"
  | "notice-tone"
  | "quoted-text";

export type Signature = {
  readonly parameters: readonly Parameter[];
  /** How many of the last parameters may be left out. */
  readonly optional?: number;
  /** Any number of further arguments of this kind. */
  readonly rest?: Parameter;
  /** Written as a block, {{#name …}}…{{/name}}, never inline. */
  readonly block?: true;
  /** What a call gives back, for a call inside another: {{text (date x)}}. */
  readonly returns: Shape;
};

const formats = (...parameters: Parameter[]): Signature => ({ parameters, returns: text() });

const logic = (least: number): Signature => ({
  parameters: Array.from({ length: least }, () => "value" as const),
  rest: "value",
  returns: BOOLEAN,
});

export const SIGNATURES: Readonly<Record<string, Signature>> = {
  text: formats("text"),
  line: formats("text"),
  money: formats("money"),
  date: formats("date"),
  time: formats("time"),
  window: { ...formats("window", "zone", "window"), optional: 1 },
  weekdays: formats("weekdays"),
  zone: formats("zone"),
  number: formats("number"),
  percent: formats("number"),
  plural: formats("number", "text", "text"),
  units: formats("number", "text"),
  after: formats("basis"),
  phrase: formats("phrase-table", "phrase-value"),
  region: formats("text"),
  words: formats("text"),
  list: { ...formats("text-list", "list-kind"), optional: 1 },
  eq: logic(2),
  and: logic(2),
  or: logic(2),
  not: logic(1),
  block: formats("block-name"),
  notice: { ...formats("notice-tone", "quoted-text"), optional: 1, block: true },
  if: { parameters: ["value"], block: true, returns: text() },
  unless: { parameters: ["value"], block: true, returns: text() },
  each: { parameters: ["value"], block: true, returns: text() },
  with: { parameters: ["value"], block: true, returns: text() },
};

export function signatureOf(name: string): Signature | undefined {
  return Object.hasOwn(SIGNATURES, name) ? SIGNATURES[name] : undefined;
}
