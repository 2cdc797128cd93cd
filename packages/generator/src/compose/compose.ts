import type { DocumentKind, DocumentModel } from "@clausework/model";
import type { Engagement } from "@clausework/schema";
import { templates } from "@clausework/templates";
import { statutoryTerms } from "../advise/statutory/terms.js";
import type { Facts } from "../facts.js";
import type { ResolvedEngagement } from "../resolve.js";
import { assemble } from "./assemble.js";
import { blockBuilders, type BlockContext } from "./blocks/index.js";
import { customClausesFor } from "./custom-clauses.js";
import { ComposeError } from "./errors.js";
import { documentMeta } from "./meta.js";
import { numberSections } from "./numbering.js";
import { sharedTextsOf } from "./shared-texts.js";
import { templateData } from "./template-data.js";

export type ComposeOptions = {
  /** BCP 47 tag for dates and amounts; defaults to the engagement's locale. */
  readonly locale?: string;
};

/** Canonical tags already found: Intl.getCanonicalLocales is slow for what it does. */
const canonicalLocales = new Map<string, string>();

function checkedLocale(locale: string): string {
  const known = canonicalLocales.get(locale);
  if (known !== undefined) return known;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical !== undefined) {
      // Locales come from the input: bounded.
      if (canonicalLocales.size >= 1_000) canonicalLocales.clear();
      canonicalLocales.set(locale, canonical);
      return canonical;
    }
  } catch {
    // reported below
  }
  throw new ComposeError("LOCALE_INVALID", `"${locale}" is not a BCP 47 language tag`, "/locale");
}

/**
 * The document model of one document of an engagement: its template's clauses,
 * rendered in the strict clause sandbox, parsed as Markdown and mapped to model
 * nodes, with typed blocks for parties, fees, the schedule and signatures. Pure:
 * the same input gives the same model.
 */
/** The contract states the statutory payment terms of its jurisdiction, if it has a profile. */
function statutoryFor(engagement: ResolvedEngagement, facts: Facts, kind: DocumentKind) {
  if (kind !== "contract") return undefined;
  const rate = engagement.statutory;
  return statutoryTerms(
    engagement as Engagement,
    facts,
    rate === undefined
      ? {}
      : {
          referenceRatePercent: rate.referenceRatePercent,
          referenceRateAsOf: rate.referenceRateAsOf,
        },
  );
}

export function compose(
  engagement: ResolvedEngagement,
  facts: Facts,
  kind: DocumentKind,
  options: ComposeOptions = {},
): DocumentModel {
  if (kind === "handover" && engagement.handover === undefined) {
    throw new ComposeError(
      "HANDOVER_MISSING",
      "a handover document needs the handover part",
      "/handover",
    );
  }
  const locale = checkedLocale(options.locale ?? engagement.locale);
  const template = templates[kind];
  const context: BlockContext = { engagement, facts, kind, locale };
  const blocks = assemble({
    template,
    data: templateData(engagement, facts, kind, locale, statutoryFor(engagement, facts, kind)),
    buildBlock: (name) => blockBuilders[name](context),
    custom: customClausesFor(engagement, kind),
    shared: sharedTextsOf(engagement, facts, locale),
  });
  return {
    type: "document",
    kind,
    meta: documentMeta(engagement, facts, template.manifest, locale),
    children: template.manifest.numbered ? numberSections(blocks) : blocks,
  };
}
