// Helpers that turn values into reader text. Each one formats from the raw value
// and returns EscapedText, so what it prints is escaped exactly once.
import { EscapedText, rawOf } from "../escaped-text.js";
import { ClauseError } from "../errors.js";
import {
  formatBasis,
  formatDate,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPlural,
  formatTime,
  formatUnits,
  formatWeekdays,
  formatWindow,
  isPhraseTable,
  phrase,
  regionName,
  words,
  zoneLabel,
  type BasisLike,
  type WindowLike,
} from "../format/index.js";
import {
  listArgument,
  literalArgument,
  localeOf,
  numberArgument,
  recordArgument,
  splitArguments,
  textArgument,
} from "./arguments.js";

type Helper = (...args: unknown[]) => unknown;

type Format = (values: unknown[], locale: string) => string;

/**
 * A helper taking `arity` arguments (or a range), formatting with the document
 * locale and printing the escaped result.
 */
function formatter(name: string, arity: number | [number, number], format: Format): Helper {
  const [least, most] = typeof arity === "number" ? [arity, arity] : arity;
  return (...args: unknown[]) => {
    const { values, options } = splitArguments(args, name);
    if (values.length < least || values.length > most) {
      throw new ClauseError(`${name}: expected ${least}–${most} argument(s), got ${values.length}`);
    }
    return EscapedText.of(format(values, localeOf(options)));
  };
}

function moneyOf(value: unknown) {
  const record = recordArgument(value, "money");
  const currency = textArgument(record["currency"], "money");
  return { minor: numberArgument(record["minor"], "money"), currency };
}

function windowOf(value: unknown): WindowLike {
  const record = recordArgument(value, "window");
  const days = listArgument(record["days"], "window").map((day) => textArgument(day, "window"));
  return {
    days: days as WindowLike["days"],
    from: textArgument(record["from"], "window"),
    to: textArgument(record["to"], "window"),
    crossesMidnight: rawOf(record["crossesMidnight"]) === true,
  };
}

function basisOf(value: unknown): BasisLike {
  const record = recordArgument(value, "after");
  const count = (key: string) => {
    return record[key] === undefined ? {} : { [key]: numberArgument(record[key], "after") };
  };
  return {
    afterTitle: textArgument(record["afterTitle"], "after"),
    ...count("days"),
    ...count("businessDays"),
  };
}

function phraseOf(table: unknown, value: unknown): string {
  const name = literalArgument(table, "phrase");
  if (!isPhraseTable(name)) throw new ClauseError(`phrase: no table "${name}"`);
  return phrase(name, textArgument(value, "phrase"));
}

function listKind(value: unknown): "and" | "or" {
  const kind = literalArgument(value, "list");
  if (kind !== "and" && kind !== "or") throw new ClauseError(`list: kind must be "and" or "or"`);
  return kind;
}

export const formatHelpers: Readonly<Record<string, Helper>> = {
  text: formatter("text", 1, ([value]) => textArgument(value, "text")),
  line: (...args: unknown[]) => {
    const { values } = splitArguments(args, "line");
    if (values.length !== 1)
      throw new ClauseError(`line: expected 1 argument, got ${values.length}`);
    return EscapedText.line(textArgument(values[0], "line"));
  },
  money: formatter("money", 1, ([value], locale) => formatMoney(moneyOf(value), locale)),
  date: formatter("date", 1, ([value], locale) => formatDate(textArgument(value, "date"), locale)),
  time: formatter("time", 1, ([value], locale) => formatTime(textArgument(value, "time"), locale)),
  window: formatter("window", [2, 3], ([value, zone, reference], locale) => {
    const other = reference === undefined ? undefined : windowOf(reference);
    return formatWindow(windowOf(value), textArgument(zone, "window"), locale, other);
  }),
  weekdays: formatter("weekdays", 1, ([value], locale) => {
    const days = listArgument(value, "weekdays").map((day) => textArgument(day, "weekdays"));
    return formatWeekdays(days, locale);
  }),
  zone: formatter("zone", 1, ([value]) => zoneLabel(textArgument(value, "zone"))),
  number: formatter("number", 1, ([value], locale) =>
    formatNumber(numberArgument(value, "number"), locale),
  ),
  percent: formatter("percent", 1, ([value], locale) => {
    return formatPercent(numberArgument(value, "percent"), locale);
  }),
  plural: formatter("plural", 3, ([count, singular, plural], locale) => {
    const one = textArgument(singular, "plural");
    return formatPlural(
      numberArgument(count, "plural"),
      one,
      textArgument(plural, "plural"),
      locale,
    );
  }),
  units: formatter("units", 2, ([count, unit], locale) => {
    return formatUnits(numberArgument(count, "units"), textArgument(unit, "units"), locale);
  }),
  after: formatter("after", 1, ([value], locale) => formatBasis(basisOf(value), locale)),
  phrase: formatter("phrase", 2, ([table, value]) => phraseOf(table, value)),
  region: formatter("region", 1, ([code], locale) =>
    regionName(textArgument(code, "region"), locale),
  ),
  words: formatter("words", 1, ([value]) => words(textArgument(value, "words"))),
  list: formatter("list", [1, 2], ([value, kind], locale) => {
    const items = listArgument(value, "list").map((item) => textArgument(item, "list"));
    return formatList(items, locale, kind === undefined ? "and" : listKind(kind));
  }),
};
