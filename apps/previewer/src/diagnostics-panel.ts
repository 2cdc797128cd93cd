// The diagnostics panel: validation problems first, then the generator's advice.
// Each entry is a button; choosing it moves the editor's cursor to its place.
import type { Diagnostic } from "@clausework/schema";
import { h } from "./dom.js";

export type DiagnosticsPanel = {
  show(problems: readonly Diagnostic[], advice: readonly Diagnostic[]): void;
};

function place(diagnostic: Diagnostic): string {
  if (diagnostic.line !== undefined) return `line ${diagnostic.line}:${diagnostic.column ?? 1}`;
  return diagnostic.pointer === "" ? "whole file" : diagnostic.pointer;
}

function entry(diagnostic: Diagnostic, onSelect: (diagnostic: Diagnostic) => void): HTMLLIElement {
  const hint =
    diagnostic.hint === undefined ? [] : [h("span", { class: "hint" }, [diagnostic.hint])];
  const button = h("button", { type: "button", class: `diagnostic ${diagnostic.severity}` }, [
    h("span", { class: "severity" }, [diagnostic.severity]),
    h("span", { class: "place" }, [place(diagnostic)]),
    h("span", { class: "message" }, [diagnostic.message]),
    ...hint,
    h("span", { class: "code" }, [diagnostic.code]),
  ]);
  button.addEventListener("click", () => onSelect(diagnostic));
  return h("li", {}, [button]);
}

function count(diagnostics: readonly Diagnostic[], severity: Diagnostic["severity"]): number {
  return diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function summary(problems: readonly Diagnostic[], advice: readonly Diagnostic[]): string {
  const errors = count(problems, "error");
  const warnings = problems.length - errors;
  if (problems.length === 0 && advice.length === 0) return "No problems, no advice.";
  return [plural(errors, "error"), plural(warnings, "warning"), `${advice.length} advice`].join(
    ", ",
  );
}

export function createDiagnosticsPanel(
  container: HTMLElement,
  onSelect: (diagnostic: Diagnostic) => void,
): DiagnosticsPanel {
  // Most keystrokes change no diagnostic: the panel is then left as it is, so the
  // page has nothing to restyle or lay out again.
  let shown: string | undefined;
  return {
    show(problems, advice) {
      const key = JSON.stringify([problems, advice]);
      if (key === shown) return;
      shown = key;
      const groups: HTMLElement[] = [];
      if (problems.length > 0) {
        groups.push(
          h("h3", {}, ["Problems"]),
          h(
            "ul",
            { class: "problems" },
            problems.map((d) => entry(d, onSelect)),
          ),
        );
      }
      if (advice.length > 0) {
        groups.push(
          h("h3", {}, ["Advice"]),
          h(
            "ul",
            { class: "advice" },
            advice.map((d) => entry(d, onSelect)),
          ),
        );
      }
      container.replaceChildren(
        h("p", { class: "summary" }, [summary(problems, advice)]),
        ...groups,
      );
      container.dataset["errors"] = String(count(problems, "error"));
    },
  };
}
