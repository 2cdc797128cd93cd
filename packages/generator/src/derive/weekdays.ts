import type { Weekday } from "@clausework/schema";

/** In ISO order: index 0 is Monday, matching Temporal's dayOfWeek 1. */
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
