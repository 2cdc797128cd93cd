// The previewer page: wires the editor, the live preview, the diagnostics panel,
// files and downloads together. Everything runs in this browser tab and its
// workers; nothing is sent anywhere.
import "./style.css";
import type { DocumentKind } from "@clausework/model";
import type { Diagnostic } from "@clausework/schema";
import { createDiagnosticsPanel } from "./diagnostics-panel.js";
import { byId, h } from "./dom.js";
import { buildExport, wireDownloads } from "./downloads.js";
import type { DownloadContext } from "./downloads.js";
import { createEditor } from "./editor.js";
import { exampleNamed, examples } from "./examples.js";
import { downloadBytes, whenFileChosen, whenFileDropped } from "./files.js";
import { latestOnly } from "./latest-only.js";
import { showPdf } from "./pdf-view.js";
import { createPipeline } from "./pipeline.js";
import type { PreviewResult } from "./pipeline-protocol.js";
import { createPreview } from "./preview.js";
import { loadSaved, save } from "./storage.js";

/**
 * The preview's debounce: a keystroke while the worker is idle starts a build at once (a
 * microtask, so the worker builds while the editor draws the keystroke), and keystrokes during
 * a build coalesce into one build of the newest text.
 */
const previewQuietMs = 0;
/** A PDF takes much longer to build: wait for a real pause in typing. */
const pdfQuietMs = 600;
const saveQuietMs = 300;

const statusLine = byId("status", HTMLElement);
const status = (message: string): void => {
  statusLine.textContent = message;
};

const saved = loadSaved();
let exampleName = (exampleNamed(saved?.example) ?? examples[0])?.name;
let fileName: string | undefined;
const pipeline = createPipeline();

const preview = createPreview(byId("preview", HTMLElement), {
  kind: saved?.kind ?? "contract",
  onChange: () => {
    livePreview.push(editor.text());
    if (preview.view() === "pdf") pdfPages.push({ text: editor.text(), kind: preview.kind() });
    persist.push(editor.text());
  },
  onLink: (href) => status(`Links are not followed in the preview; this one goes to ${href}`),
});
const panel = createDiagnosticsPanel(byId("diagnostics", HTMLElement), (diagnostic) =>
  editor.reveal(diagnostic),
);
const editor = createEditor({
  parent: byId("editor", HTMLElement),
  text: saved?.text ?? exampleNamed(exampleName)?.text ?? "{}\n",
  onChange: (text) => {
    livePreview.push(text);
    if (preview.view() === "pdf") pdfPages.push({ text, kind: preview.kind() });
    persist.push(text);
  },
});

function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
}

function showDocument(result: PreviewResult): Promise<void> {
  const errors = errorCount(result.diagnostics);
  if (result.html !== undefined) return preview.showHtml(result.html);
  if (result.missing !== undefined) preview.showNote(result.missing, false);
  else
    preview.showNote(
      `${errors} ${errors === 1 ? "error" : "errors"} in the engagement: the preview shows the last valid version. See Problems.`,
      true,
    );
  return Promise.resolve();
}

/** The document first: the problems panel and the underlines follow in the same task. */
async function showResult(result: PreviewResult, text: string, kind: DocumentKind): Promise<void> {
  const shown = kind === preview.kind() ? showDocument(result) : Promise.resolve();
  panel.show(result.diagnostics, result.advice);
  editor.showDiagnostics([...result.diagnostics, ...result.advice], text);
  await shown;
}

const livePreview = latestOnly(async (text: string) => {
  const kind = preview.kind();
  try {
    await showResult(await pipeline.preview(text, kind), text, kind);
  } catch (error) {
    preview.showNote(
      `The preview could not be built: ${error instanceof Error ? error.message : String(error)}`,
      true,
    );
  }
}, previewQuietMs);

const downloads: DownloadContext = {
  pipeline,
  text: () => editor.text(),
  kind: () => preview.kind(),
  status,
};

const pdfPages = latestOnly(async ({ text, kind }: { text: string; kind: DocumentKind }) => {
  if (text !== editor.text() || kind !== preview.kind() || preview.view() !== "pdf") return;
  status(`Building the ${kind} PDF…`);
  try {
    const result = await buildExport(downloads, "pdf");
    const file = result.files[0];
    if (file === undefined) return status("The PDF pages show the last valid version.");
    const pages = await showPdf(preview.pdfContainer, file.bytes);
    status(
      `${file.name}: ${pages} ${pages === 1 ? "page" : "pages"}, built in ${Math.round(result.elapsed)} ms.`,
    );
  } catch (error) {
    status(`Could not build the PDF: ${error instanceof Error ? error.message : String(error)}`);
  }
}, pdfQuietMs);

const persist = latestOnly(async (text: string) => {
  const kept = save({
    text,
    kind: preview.kind(),
    ...(exampleName === undefined ? {} : { example: exampleName }),
  });
  if (!kept)
    status("This browser does not keep the text (storage is off or full): save it to a file.");
}, saveQuietMs);

function loadText(text: string, name: string | undefined): void {
  fileName = name;
  editor.setText(text);
}

function setUpExamples(picker: HTMLSelectElement): void {
  picker.replaceChildren(
    ...examples.map((example) => h("option", { value: example.name }, [example.label])),
  );
  if (exampleName !== undefined) picker.value = exampleName;
  picker.addEventListener("change", () => {
    exampleName = picker.value;
    loadText(exampleNamed(exampleName)?.text ?? "{}\n", undefined);
  });
  byId("reset", HTMLButtonElement).addEventListener("click", () => {
    loadText(exampleNamed(picker.value)?.text ?? "{}\n", undefined);
    status(`Reset to the ${picker.selectedOptions[0]?.textContent ?? ""} example.`);
  });
}

function setUpFiles(): void {
  const input = byId("open-input", HTMLInputElement);
  const open = (file: File): void => {
    void file.text().then((text) => {
      loadText(text, file.name);
      status(`Opened ${file.name}.`);
    });
  };
  byId("open", HTMLButtonElement).addEventListener("click", () => input.click());
  whenFileChosen(input, open);
  whenFileDropped(byId("editor-pane", HTMLElement), open);
  byId("save", HTMLButtonElement).addEventListener("click", () => {
    const name = fileName ?? `${exampleName ?? "engagement"}.json`;
    downloadBytes(name, editor.text(), "application/json");
    status(`Saved ${name} to your downloads.`);
  });
}

setUpExamples(byId("example", HTMLSelectElement));
setUpFiles();
wireDownloads(downloads, {
  pdf: byId("download-pdf", HTMLButtonElement),
  docx: byId("download-docx", HTMLButtonElement),
  packet: byId("download-packet", HTMLButtonElement),
});
livePreview.push(editor.text());

// Works offline after the first visit: the service worker keeps this build's files.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  navigator.serviceWorker
    .register("./sw.js")
    .catch(() => status("Offline use is not available in this browser."));
}
