// Bugs the generated inputs found in other packages, not fixed yet. Each has a
// predicate (does this valid engagement hit it?) and a minimal input that
// reproduces it. The properties leave matching engagements out, so one known
// bug does not hide the next; generated.test.ts checks that every repro still
// fails, so the entry goes as soon as its bug is fixed.
import type { Engagement, Party } from "@clausework/schema";

export type KnownIssue = {
  readonly id: string;
  /** What goes wrong, and where. */
  readonly description: string;
  readonly applies: (engagement: Engagement) => boolean;
  /** A valid engagement that makes generate() throw. */
  readonly repro: Engagement;
};

const MINIMAL: Engagement = {
  id: "acme-blog-2027",
  issuedOn: "2027-03-01",
  locale: "en-GB",
  currency: "EUR",
  freelancer: { name: "Jane Doe", timeZone: "Europe/Berlin" },
  client: { name: "Acme GmbH", timeZone: "America/New_York" },
  project: { title: "Weekly blog posts" },
  deliverables: [{ title: "Blog post", quantity: 12 }],
  schedule: { startDate: "2027-04-01" },
  fees: { model: "fixed-fee", amount: "4800.00" },
};

const WORKDAYS = ["mon", "tue", "wed", "thu", "fri"];

function neverWorks(party: Party): boolean {
  const off = party.daysOff?.weekdays ?? [];
  return WORKDAYS.every((day) => off.some((weekday) => weekday === day));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset in minutes at an instant. */
function offsetMinutes(zone: string, instant: number): number {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(zone, format);
  }
  const part = (type: string) =>
    Number(format.formatToParts(instant).find((entry) => entry.type === type)?.value);
  const local = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
  );
  return Math.round((local - instant) / 60_000);
}

/** Whether the two zones' difference changes in the issue date's week (Monday to Sunday, plus a day each side). */
function differenceChangesInIssueWeek(engagement: Engagement): boolean {
  const issued = Date.parse(`${engagement.issuedOn}T00:00:00Z`);
  const monday = issued - ((new Date(issued).getUTCDay() + 6) % 7) * 86_400_000;
  const zones = [engagement.freelancer.timeZone, engagement.client.timeZone];
  const differences = new Set<number>();
  for (let hour = -48; hour <= 9 * 24; hour += 1) {
    const instant = monday + hour * 3_600_000;
    differences.add(
      offsetMinutes(zones[0] ?? "UTC", instant) - offsetMinutes(zones[1] ?? "UTC", instant),
    );
  }
  return differences.size > 1;
}

/** The first custom clause template matching `pattern`, if any. */
const hasTemplate = (engagement: Engagement, pattern: RegExp) =>
  (engagement.customClauses ?? []).some((clause) => pattern.test(clause.template));

const withTemplate = (template: string): Engagement => ({
  ...MINIMAL,
  customClauses: [{ id: "mine", title: "Mine", documents: ["contract"], template }],
});

/** Countries date-holidays 3.26 knows but has no regions for. */
const STATELESS_COUNTRIES = new Set(["AD", "AG", "AL", "BQ", "HR", "IC", "PE", "SV"]);

export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    id: "owner-never-works",
    description:
      'generator derive/working-days.ts: a milestone counted in businessDays whose owner has every weekday off throws DeriveError NO_WORKING_DAYS; validate accepts the input ("daysOff.weekdays" may list all seven days)',
    applies: (engagement) =>
      (engagement.schedule.milestones ?? []).some(
        (milestone) =>
          milestone.businessDays !== undefined && neverWorks(engagement[milestone.owner]),
      ),
    repro: {
      ...MINIMAL,
      freelancer: {
        ...MINIMAL.freelancer,
        daysOff: { weekdays: ["mon", "tue", "wed", "thu", "fri"] },
      },
      schedule: {
        startDate: "2027-04-01",
        milestones: [
          { id: "kickoff", title: "Kickoff", owner: "client", dueOn: "2027-04-01" },
          { id: "draft", title: "Draft", owner: "freelancer", after: "kickoff", businessDays: 1 },
        ],
      },
    },
  },
  {
    id: "office-hours-split-by-dst",
    description:
      'generator: derive/convert-windows.ts splits a window in two when a DST change falls in the issue week, but compose/template-data.ts hoursView requires as many windows in the other zone as written and throws ComposeError FACTS_INCONSISTENT "office hours of the client: 1 windows but 2 in the other zone"',
    applies: (engagement) =>
      [engagement.freelancer, engagement.client].some(
        (party) => (party.officeHours ?? []).length > 0,
      ) && differenceChangesInIssueWeek(engagement),
    repro: {
      ...MINIMAL,
      issuedOn: "2027-03-24",
      client: {
        ...MINIMAL.client,
        officeHours: [{ days: ["fri", "sun"], from: "09:00", to: "17:00" }],
      },
    },
  },
  {
    id: "holidays-region-without-states",
    description:
      "generator derive/working-days.ts: new Holidays(country, region) from date-holidays throws TypeError \"Cannot read properties of undefined (reading 'states')\" for a region of a country that has no regions in its data (AD, AG, AL, BQ, HR, IC, PE, SV); validate accepts any ^[A-Z0-9]{1,3}$ region",
    applies: (engagement) =>
      [engagement.freelancer, engagement.client].some(
        (party) =>
          party.publicHolidays?.region !== undefined &&
          STATELESS_COUNTRIES.has(party.publicHolidays.country),
      ),
    repro: {
      ...MINIMAL,
      client: { ...MINIMAL.client, publicHolidays: { country: "SV", region: "X" } },
      schedule: {
        startDate: "2027-04-01",
        milestones: [
          { id: "kickoff", title: "Kickoff", owner: "client", dueOn: "2027-04-01" },
          { id: "inputs", title: "Inputs", owner: "client", after: "kickoff", businessDays: 2 },
        ],
      },
    },
  },
  {
    id: "custom-clause-nested-path-unchecked",
    description:
      'schema custom-clause check (clauses/src/custom/walk.ts) checks only the first segment of a path: "{{client.secretNotes}}", "{{client.nme}}", "{{facts.nothing}}" and fields inside #each/#with pass validate, then generate throws ComposeError CUSTOM_CLAUSE_INVALID ("secretNotes" not defined)',
    applies: (engagement) => hasTemplate(engagement, /\{\{client\.secretNotes\}\}/),
    repro: withTemplate("{{client.secretNotes}}"),
  },
  {
    id: "custom-clause-unsupported-markdown",
    description:
      "custom clause templates with Markdown compose refuses (inline code, images, block quotes, code blocks, raw HTML, comments, footnote references) pass validate, then generate throws ComposeError CUSTOM_CLAUSE_INVALID (MARKDOWN_UNSUPPORTED)",
    applies: (engagement) => hasTemplate(engagement, /`/),
    repro: withTemplate("Use `code` here."),
  },
  {
    id: "custom-clause-whole-object",
    description:
      'a custom clause printing an object ("{{client}}", "{{facts.money.fee}}") or passing text to a helper that wants an amount ("{{money fees.amount}}") passes validate; generate throws',
    applies: (engagement) => hasTemplate(engagement, /\{\{client\}\}/),
    repro: withTemplate("{{client}}"),
  },
  {
    id: "custom-clause-duplicate-id",
    description:
      'two custom clauses with the same id pass validate (no DUPLICATE_ID check as for milestones); generate throws ComposeError "custom clause a appears twice"',
    applies: (engagement) => {
      const ids = (engagement.customClauses ?? []).map((clause) => clause.id);
      return new Set(ids).size !== ids.length;
    },
    repro: {
      ...MINIMAL,
      customClauses: [
        { id: "a", title: "A", documents: ["proposal"], template: "x" },
        { id: "a", title: "B", documents: ["contract"], template: "y" },
      ],
    },
  },
  {
    id: "custom-clause-unknown-after",
    description:
      'a custom clause whose "after" names no built-in clause or group passes validate; generate throws ComposeError "no built-in clause or group no-such-clause"',
    applies: (engagement) =>
      (engagement.customClauses ?? []).some((clause) => clause.after === "no-such-clause"),
    repro: {
      ...MINIMAL,
      customClauses: [
        { id: "a", title: "A", documents: ["proposal"], after: "no-such-clause", template: "x" },
      ],
    },
  },
];

/** The known issues a valid engagement runs into (empty for most). */
export function knownIssuesOf(engagement: Engagement): string[] {
  return KNOWN_ISSUES.filter((issue) => issue.applies(engagement)).map((issue) => issue.id);
}
