export { formatDate, utcMidnight } from "./date.js";
export { formatList, type ListKind } from "./list.js";
export { formatMoney, type MoneyLike } from "./money.js";
export { formatNumber, formatPercent, formatPlural, words } from "./numbers.js";
export { formatTime, formatWindow, zoneLabel, type WindowLike } from "./time.js";
export { formatWeekdays, WEEKDAYS, type WeekdayName } from "./weekdays.js";
export { formatBasis, formatUnits, pluralNoun, regionName, type BasisLike } from "./english.js";
export { isPhraseTable, phrase, type PhraseTable } from "./phrases.js";
