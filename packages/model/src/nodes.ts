// The document model: what a document says and how it is structured, never how
// it is laid out. Every renderer has one handler per node type below.
// All strings are plain text exactly as the reader should see it (no Markdown,
// no HTML); renderers escape for their own format.

/** Inline content. Text never contains a line feed: a line break is a `break` node. */
export type Inline = Text | Strong | Emphasis | Link | Break;

export type Text = { readonly type: "text"; readonly value: string };
export type Strong = { readonly type: "strong"; readonly children: readonly Inline[] };
export type Emphasis = { readonly type: "emphasis"; readonly children: readonly Inline[] };
/** `url` is always https: or mailto: (the generator drops anything else). */
export type Link = {
  readonly type: "link";
  readonly url: string;
  readonly children: readonly Inline[];
};
export type Break = { readonly type: "break" };

export type Block =
  Section | Paragraph | List | Table | KeyFacts | Notice | Signatures | Schedule | PageBreak;

/** A titled part of the document. Depth is the nesting depth (top level = 1). */
export type Section = {
  readonly type: "section";
  readonly id: string;
  /** "3" or "3.2" in a contract; absent where sections are not numbered. */
  readonly number?: string;
  readonly title: string;
  readonly children: readonly Block[];
};

export type Paragraph = { readonly type: "paragraph"; readonly children: readonly Inline[] };

export type ListItem = { readonly children: readonly Block[] };
export type List = {
  readonly type: "list";
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
};

export type Alignment = "left" | "center" | "right";
export type TableColumn = {
  readonly header: string;
  readonly align: Alignment;
  /** Relative width; columns without one share what is left equally. */
  readonly weight?: number;
};
/** A cell is a run of inline content; `rows[r][c]` matches `columns[c]`. */
export type TableCell = readonly Inline[];
export type Table = {
  readonly type: "table";
  readonly caption?: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
};

/** Label/value pairs shown as a compact two-column block (parties, fee summary). */
export type KeyFact = { readonly label: string; readonly value: readonly Inline[] };
export type KeyFacts = { readonly type: "keyFacts"; readonly items: readonly KeyFact[] };

export type NoticeTone = "info" | "warning" | "legal";
/** A shaded box set apart from the text: the not-legal-advice notice, reminders. */
export type Notice = {
  readonly type: "notice";
  readonly tone: NoticeTone;
  readonly title?: string;
  readonly children: readonly Block[];
};

export type Signatory = { readonly name: string; readonly title?: string };
export type SignatureParty = {
  /** "Freelancer" or "Client" */
  readonly role: string;
  readonly partyName: string;
  readonly signatories: readonly Signatory[];
};
export type Signatures = {
  readonly type: "signatures";
  readonly labels: { readonly signature: string; readonly date: string };
  readonly parties: readonly SignatureParty[];
};

export type ScheduleOwner = "client" | "freelancer";
export type ScheduleEntry = {
  /** ISO date, for sorting and machine use. */
  readonly date: string;
  /** The date as the reader sees it, already formatted for the locale. */
  readonly dateText: string;
  readonly owner: ScheduleOwner;
  /** Who owes it, as shown: the party's name. */
  readonly ownerText: string;
  readonly title: string;
  /** How the date comes about: "7 business days after Interview". */
  readonly basis?: string;
};
/** Deadlines of both parties in date order: one timeline, not two. */
export type Schedule = {
  readonly type: "schedule";
  readonly columns: {
    readonly date: string;
    readonly owner: string;
    readonly item: string;
    readonly basis: string;
  };
  readonly entries: readonly ScheduleEntry[];
};

export type PageBreak = { readonly type: "pageBreak" };

export type DocumentMeta = {
  /** Stable id of the document: `<engagement id>-<kind>`. */
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly subject: string;
  readonly author: string;
  /** The parties' display names, freelancer first. */
  readonly parties: readonly string[];
  /** ISO date the document is issued on; metadata dates derive from it, never the clock. */
  readonly issuedOn: string;
  /** BCP 47 language tag, e.g. "en-GB". */
  readonly language: string;
  /** Paper size for paged formats. */
  readonly pageSize: "A4" | "LETTER";
};

export type DocumentKind = "proposal" | "contract" | "handover";

export type DocumentModel = {
  readonly type: "document";
  readonly kind: DocumentKind;
  readonly meta: DocumentMeta;
  readonly children: readonly Block[];
};

export type Node = DocumentModel | Block | Inline;
export type BlockType = Block["type"];
export type InlineType = Inline["type"];
