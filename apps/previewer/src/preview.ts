// The preview pane: a tab per document, and a view switch between the live HTML
// and the real PDF pages. The HTML comes only from render-html and is shown in a
// sandboxed iframe (srcdoc, no allow-scripts): nothing in it can run. A new
// document (another tab) loads into a hidden frame and is swapped in when laid
// out. An edit of the document already shown updates the frame's page in place:
// the new page is parsed inert by DOMParser and only what differs is changed
// (src/patch-page.ts), so the reader stays where they were and the browser lays
// out only the changed parts; a new browsing context per keystroke cost more
// than building the HTML.
import type { DocumentKind } from "@clausework/model";
import { h } from "./dom.js";
import { patchNode } from "./patch-page.js";
import { documentKinds } from "./pipeline-protocol.js";

export type PreviewView = "html" | "pdf";

export type Preview = {
  readonly kind: () => DocumentKind;
  readonly view: () => PreviewView;
  /** Shows a standalone HTML page; resolves once it is on screen. */
  showHtml(html: string): Promise<void>;
  /**
   * Shows a short note: above the last good document, dimmed, when `keepDocument`
   * (input that is invalid for a moment while typing), or instead of it.
   */
  showNote(text: string, keepDocument: boolean): void;
  readonly pdfContainer: HTMLElement;
};

export type PreviewOptions = {
  readonly kind: DocumentKind;
  readonly onChange: (kind: DocumentKind, view: PreviewView) => void;
  /** A link in the preview was clicked; the preview itself never navigates. */
  readonly onLink: (href: string) => void;
};

const kindLabels: Readonly<Record<DocumentKind, string>> = {
  proposal: "Proposal",
  contract: "Contract",
  handover: "Handover",
};

function tab(label: string, value: string, group: string): HTMLButtonElement {
  return h("button", { type: "button", role: "tab", "data-value": value, "data-group": group }, [
    label,
  ]);
}

function select(tabs: readonly HTMLButtonElement[], value: string): void {
  for (const button of tabs)
    button.setAttribute("aria-selected", String(button.dataset["value"] === value));
}

/** The href of the link an event happened in, if any (nodes of the frame's realm: no instanceof). */
function linkOf(event: Event): string | undefined {
  for (const node of event.composedPath()) {
    if (
      "tagName" in node &&
      node.tagName === "A" &&
      "getAttribute" in node &&
      typeof node.getAttribute === "function"
    ) {
      const href: unknown = node.getAttribute("href");
      return typeof href === "string" ? href : undefined;
    }
  }
  return undefined;
}

/** The HTML each frame's page was made from: an edit that changes nothing shown costs nothing. */
const pageHtml = new WeakMap<HTMLIFrameElement, string>();

/**
 * Makes the page in `frame` show `html`. The frame keeps its sandbox and its
 * document (and so the policy it was loaded with and the link handler on it);
 * scripts in `html` would not run, as they never do there.
 */
function updatePage(frame: HTMLIFrameElement, html: string): boolean {
  const page = frame.contentDocument;
  if (page === null || page.documentElement === null) return false;
  if (pageHtml.get(frame) !== html) {
    patchNode(page, new DOMParser().parseFromString(html, "text/html"));
    pageHtml.set(frame, html);
  }
  // Lay the page out now, so "updated" means what the reader sees is ready.
  void page.body?.offsetHeight;
  return true;
}

/** Links are not followed inside the preview: it would leave the page (and its policy forbids it). */
function holdLinks(frame: HTMLIFrameElement, onLink: (href: string) => void): void {
  frame.contentDocument?.addEventListener("click", (event) => {
    const href = linkOf(event);
    if (href === undefined) return;
    event.preventDefault();
    onLink(href);
  });
}

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener("load", () => resolve(), { once: true }));
}

export function createPreview(root: HTMLElement, options: PreviewOptions): Preview {
  let kind = options.kind;
  let view: PreviewView = "html";
  let generation = 0;
  let noteMode: "none" | "banner" | "replace" = "none";
  const kindTabs = documentKinds.map((value) => tab(kindLabels[value], value, "kind"));
  const viewTabs = [tab("Live preview", "html", "view"), tab("PDF pages", "pdf", "view")];
  const frames = h("div", { class: "frames" });
  const note = h("p", { class: "note", role: "status", hidden: "" });
  const pdfContainer = h("div", { class: "pdf-pages", hidden: "" });
  root.replaceChildren(
    h("div", { class: "tabs" }, [
      h("div", { role: "tablist", "aria-label": "Document" }, kindTabs),
      h("div", { role: "tablist", "aria-label": "View" }, viewTabs),
    ]),
    note,
    frames,
    pdfContainer,
  );

  const shownFrame = (): HTMLIFrameElement | null => frames.querySelector("iframe.shown");
  const updated = (current: number): void => {
    noteMode = "none";
    layout();
    root.dataset["generation"] = String(current);
    root.dispatchEvent(
      new CustomEvent("preview-updated", { detail: { kind, generation: current } }),
    );
  };
  const layout = (): void => {
    select(kindTabs, kind);
    select(viewTabs, view);
    // A frame of another document is never shown under this document's tab.
    const documentShown = noteMode !== "replace" && shownFrame()?.dataset["kind"] === kind;
    frames.hidden = view !== "html" || !documentShown;
    pdfContainer.hidden = view !== "pdf" || noteMode === "replace";
    frames.classList.toggle("stale", noteMode === "banner");
    pdfContainer.classList.toggle("stale", noteMode === "banner");
    note.hidden = noteMode === "none";
    root.dataset["kind"] = kind;
    root.dataset["view"] = view;
  };
  for (const button of [...kindTabs, ...viewTabs]) {
    button.addEventListener("click", () => {
      const value = button.dataset["value"];
      if (button.dataset["group"] === "kind") kind = documentKinds.find((k) => k === value) ?? kind;
      else view = value === "pdf" ? "pdf" : "html";
      layout();
      options.onChange(kind, view);
    });
  }
  layout();

  return {
    kind: () => kind,
    view: () => view,
    pdfContainer,
    async showHtml(html) {
      const current = (generation += 1);
      const previous = shownFrame();
      if (previous?.dataset["kind"] === kind && updatePage(previous, html)) {
        for (const stale of frames.querySelectorAll("iframe:not(.shown)")) stale.remove();
        updated(current);
        return;
      }
      // Same document again: keep the reader where they were.
      const scroll =
        previous?.dataset["kind"] === kind ? (previous.contentWindow?.scrollY ?? 0) : 0;
      for (const stale of frames.querySelectorAll("iframe:not(.shown)")) stale.remove();
      const frame = h("iframe", {
        sandbox: "allow-same-origin",
        title: `${kindLabels[kind]} preview`,
        "data-kind": kind,
      });
      frame.srcdoc = html;
      pageHtml.set(frame, html);
      frames.append(frame);
      await loaded(frame);
      if (current !== generation) return;
      holdLinks(frame, options.onLink);
      frame.contentWindow?.scrollTo(0, scroll);
      frame.classList.add("shown");
      previous?.remove();
      updated(current);
    },
    showNote(text, keepDocument) {
      generation += 1;
      note.textContent = text;
      noteMode = keepDocument ? "banner" : "replace";
      layout();
    },
  };
}
