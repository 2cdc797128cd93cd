export type TemplateKind = "proposal" | "contract" | "handover";

/** A clause by id, optionally with a title that replaces the clause's own. */
export type ClauseEntry = string | { readonly clause: string; readonly title?: string };

/** Clauses gathered under one section; it is left out when none of them applies. */
export type GroupEntry = {
  readonly id: string;
  readonly title: string;
  readonly clauses: readonly ClauseEntry[];
};

export type ManifestEntry = ClauseEntry | GroupEntry;

/** templates/<kind>/manifest.json: which clauses, in which order. */
export type TemplateManifest = {
  readonly kind: TemplateKind;
  /** "Proposal": the document title becomes "Proposal: <project title>". */
  readonly title: string;
  /** Contracts number their sections ("1", "1.1"). */
  readonly numbered: boolean;
  readonly intro?: string;
  readonly outro?: string;
  readonly body: readonly ManifestEntry[];
};

/** A template as bundled: the manifest with its intro and outro texts inlined. */
export type DocumentTemplate = {
  readonly manifest: TemplateManifest;
  readonly intro?: string;
  readonly outro?: string;
};

export function isGroup(entry: ManifestEntry): entry is GroupEntry {
  return typeof entry === "object" && "clauses" in entry;
}
