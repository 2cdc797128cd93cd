import type { DocumentKind, DocumentMeta } from "@clausework/model";
import type { TemplateManifest } from "@clausework/templates";
import type { Facts } from "../facts.js";
import type { ResolvedEngagement } from "../resolve.js";
import { oneLine } from "./blocks/context.js";

const SUBTITLES: Readonly<Record<DocumentKind, (freelancer: string, client: string) => string>> = {
  proposal: (freelancer, client) => `From ${freelancer} for ${client}`,
  contract: (freelancer, client) => `Between ${freelancer} and ${client}`,
  handover: (freelancer, client) => `From ${freelancer} to ${client}`,
};

/**
 * Document metadata. A handover is dated on its transition date; the proposal and
 * contract on the engagement's issue date. Nothing here reads a clock.
 */
export function documentMeta(
  engagement: ResolvedEngagement,
  facts: Facts,
  manifest: TemplateManifest,
  locale: string,
): DocumentMeta {
  const kind = manifest.kind;
  const freelancer = oneLine(engagement.freelancer.businessName ?? engagement.freelancer.name);
  const client = oneLine(engagement.client.businessName ?? engagement.client.name);
  const project = oneLine(engagement.project.title);
  const issuedOn =
    kind === "handover" ? (engagement.handover?.transitionDate ?? facts.issuedOn) : facts.issuedOn;
  return {
    id: `${engagement.id}-${kind}`,
    title: `${manifest.title}: ${project}`,
    subtitle: SUBTITLES[kind](freelancer, client),
    subject: `${manifest.title} for ${project}, ${SUBTITLES[kind](freelancer, client)}`,
    author: freelancer,
    parties: [freelancer, client],
    issuedOn,
    language: locale,
    pageSize: facts.pageSize,
  };
}
