// The JSON editor: CodeMirror 6 with the engagement schema for completion and
// hover docs (codemirror-json-schema). Problems are underlined from the same
// validator the CLI uses (run in the pipeline worker), so the editor, the
// diagnostics panel and `clausework validate` always say the same thing.
import { json, jsonLanguage } from "@codemirror/lang-json";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import type { Diagnostic as EditorDiagnostic } from "@codemirror/lint";
import { EditorSelection } from "@codemirror/state";
import { EditorView, hoverTooltip } from "@codemirror/view";
import type { Diagnostic } from "@clausework/schema";
import schema from "@clausework/schemas/engagement.schema.json";
import { basicSetup } from "codemirror";
import { jsonSchemaHover, stateExtensions } from "codemirror-json-schema";
import { compiledSchema, schemaCompletion } from "./schema-completion.js";
import type { EditorSchema } from "./schema-completion.js";
import { diagnosticRange } from "./source-positions.js";

/** Compiled once for completion and hover docs (see src/schema-completion.ts). */
const editorSchema = compiledSchema(schema as EditorSchema);

export type Editor = {
  readonly view: EditorView;
  text(): string;
  /** Replaces the whole text (an example, an opened file); undo brings the old text back. */
  setText(text: string): void;
  /** Underlines `diagnostics`, computed for `forText`; ignored when the text has changed since. */
  showDiagnostics(diagnostics: readonly Diagnostic[], forText: string): void;
  /** Puts the cursor where the diagnostic points, scrolls there and focuses the editor. */
  reveal(diagnostic: Diagnostic): void;
};

export type EditorOptions = {
  readonly parent: HTMLElement;
  readonly text: string;
  readonly onChange: (text: string) => void;
};

function editorDiagnostics(
  view: EditorView,
  diagnostics: readonly Diagnostic[],
): EditorDiagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const range = diagnosticRange(view.state, diagnostic) ?? { from: 0, to: 0 };
    const message =
      diagnostic.hint === undefined
        ? diagnostic.message
        : `${diagnostic.message}\n${diagnostic.hint}`;
    return [{ ...range, severity: diagnostic.severity, message, source: diagnostic.code }];
  });
}

export function createEditor(options: EditorOptions): Editor {
  const view = new EditorView({
    parent: options.parent,
    doc: options.text,
    extensions: [
      basicSetup,
      json(),
      lintGutter(),
      jsonLanguage.data.of({ autocomplete: schemaCompletion() }),
      hoverTooltip(jsonSchemaHover()),
      stateExtensions(editorSchema),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.state.doc.toString());
      }),
      EditorView.contentAttributes.of({ "aria-label": "Engagement JSON" }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showDiagnostics(diagnostics, forText) {
      if (view.state.doc.toString() !== forText) return;
      view.dispatch(setDiagnostics(view.state, editorDiagnostics(view, diagnostics)));
    },
    reveal(diagnostic) {
      const range = diagnosticRange(view.state, diagnostic) ?? { from: 0, to: 0 };
      view.dispatch({ selection: EditorSelection.cursor(range.from), scrollIntoView: true });
      view.focus();
    },
  };
}
