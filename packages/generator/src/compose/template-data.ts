// The raw data every clause and template sees (compose hands it to the clause
// library, which escapes it into the view). It is the resolved engagement plus the
// derived facts, and a few reshapings that templates cannot do themselves.
import type { DocumentKind } from "@clausework/model";
import type { DatedMilestone, Facts, OfficeHoursFacts, TimeWindow } from "../facts.js";
import type { StatutoryTerms } from "../advise/statutory/terms.js";
import type { ResolvedEngagement } from "../resolve.js";
import { ComposeError } from "./errors.js";

/** How a document names itself in running text: "this agreement". */
const DOCUMENT_NAMES: Readonly<Record<DocumentKind, string>> = {
  proposal: "proposal",
  contract: "agreement",
  handover: "handover",
};

type Repeat = NonNullable<
  NonNullable<ResolvedEngagement["schedule"]["milestones"]>[number]["repeat"]
>;

/** A milestone's first occurrence, with its repetition. */
export type Deadline = DatedMilestone & { readonly repeat?: Repeat };

export type HoursView = {
  readonly timeZone: string;
  readonly otherTimeZone?: string;
  readonly windows: readonly { readonly own: TimeWindow; readonly other?: TimeWindow }[];
  readonly offsetChanges: OfficeHoursFacts["offsetChanges"];
};

export type TemplateData = Omit<ResolvedEngagement, "metadata" | "$schema"> & {
  readonly locale: string;
  readonly document: DocumentKind;
  readonly documentName: string;
  readonly facts: Facts;
  readonly deadlines: {
    readonly client: readonly Deadline[];
    readonly freelancer: readonly Deadline[];
  };
  readonly hours: { readonly freelancer?: HoursView; readonly client?: HoursView };
  /** The jurisdiction's statutory payment terms, printed in the contract. */
  readonly statutoryTerms?: StatutoryTerms;
};

function deadlines(engagement: ResolvedEngagement, facts: Facts) {
  const seen = new Set<string>();
  const first: Deadline[] = [];
  for (const milestone of facts.milestones) {
    if (seen.has(milestone.id)) continue;
    seen.add(milestone.id);
    const repeat = engagement.schedule.milestones?.find(
      (entry) => entry.id === milestone.id,
    )?.repeat;
    first.push(repeat === undefined ? milestone : { ...milestone, repeat });
  }
  return {
    client: first.filter((deadline) => deadline.owner === "client"),
    freelancer: first.filter((deadline) => deadline.owner === "freelancer"),
  };
}

/** Each window beside the same window in the other party's zone. */
function hoursView(hours: OfficeHoursFacts | undefined): HoursView | undefined {
  if (hours === undefined || hours.windows.length === 0) return undefined;
  const others = hours.windowsInOtherZone;
  if (others !== undefined && others.length !== hours.windows.length) {
    throw new ComposeError(
      "FACTS_INCONSISTENT",
      `office hours of the ${hours.owner}: ${hours.windows.length} windows but ${others.length} in the other zone`,
    );
  }
  return {
    timeZone: hours.timeZone,
    ...(hours.otherTimeZone === undefined ? {} : { otherTimeZone: hours.otherTimeZone }),
    windows: hours.windows.map((own, index) => {
      const other = hours.otherTimeZone === undefined ? undefined : others?.[index];
      return other === undefined ? { own } : { own, other };
    }),
    offsetChanges: hours.offsetChanges,
  };
}

/**
 * The fields templateData sets per document; everything else comes from the
 * engagement, facts and locale alone. A field added per document belongs here,
 * or shared-texts.ts would print one document's text in the others.
 */
export const PER_DOCUMENT_FIELDS = [
  "document",
  "documentName",
  "statutoryTerms",
] as const satisfies readonly (keyof TemplateData)[];

export function templateData(
  engagement: ResolvedEngagement,
  facts: Facts,
  kind: DocumentKind,
  locale: string,
  statutory?: StatutoryTerms,
): TemplateData {
  // metadata is "not printed" (schema): templates never see it.
  const printable: Partial<ResolvedEngagement> = { ...engagement };
  delete printable.metadata;
  delete printable.$schema;
  return {
    ...(printable as Omit<ResolvedEngagement, "metadata" | "$schema">),
    locale,
    document: kind,
    documentName: DOCUMENT_NAMES[kind],
    facts,
    ...reshapedOf(engagement, facts),
    ...(statutory === undefined ? {} : { statutoryTerms: statutory }),
  };
}

type Reshaped = Pick<TemplateData, "deadlines" | "hours">;

/**
 * The reshapings, once per engagement and facts: every document then hands the
 * clause library the same objects, whose escaped views it builds once (view.ts).
 * The pipeline never changes data it has handed on, so they cannot go stale.
 */
const reshapings = new WeakMap<ResolvedEngagement, WeakMap<Facts, Reshaped>>();

function reshapedOf(engagement: ResolvedEngagement, facts: Facts): Reshaped {
  let byFacts = reshapings.get(engagement);
  if (byFacts === undefined) reshapings.set(engagement, (byFacts = new WeakMap()));
  let reshaped = byFacts.get(facts);
  if (reshaped === undefined) {
    const freelancer = hoursView(facts.officeHours.freelancer);
    const client = hoursView(facts.officeHours.client);
    reshaped = {
      deadlines: deadlines(engagement, facts),
      hours: {
        ...(freelancer === undefined ? {} : { freelancer }),
        ...(client === undefined ? {} : { client }),
      },
    };
    byFacts.set(facts, reshaped);
  }
  return reshaped;
}
