// The messages between the page and its pipeline workers. Plain data only, so
// they cross postMessage unchanged.
import type { DocumentKind } from "@clausework/model";
import type { Diagnostic } from "@clausework/schema";

export const documentKinds: readonly DocumentKind[] = ["proposal", "contract", "handover"];

export type ExportFormat = "pdf" | "docx" | "packet";

export type PreviewRequest = {
  readonly type: "preview";
  readonly id: number;
  readonly text: string;
  readonly kind: DocumentKind;
};

export type ExportRequest = {
  readonly type: "export";
  readonly id: number;
  readonly text: string;
  readonly kind: DocumentKind;
  readonly format: ExportFormat;
};

export type WorkerRequest = PreviewRequest | ExportRequest;

export type PreviewResult = {
  /** What validation found, as `clausework validate` reports it. */
  readonly diagnostics: readonly Diagnostic[];
  /** The generator's advice (lint rules); empty while the input is invalid. */
  readonly advice: readonly Diagnostic[];
  /** The standalone page of the document, from render-html; absent when the input is invalid. */
  readonly html?: string;
  /** Why there is no document although the input is valid (e.g. no handover part). */
  readonly missing?: string;
  /** Milliseconds the worker spent (validate, generate, render). */
  readonly elapsed: number;
};

export type ExportFile = { readonly name: string; readonly bytes: Uint8Array };

export type ExportResult = {
  /** None when the input is invalid: `diagnostics` say why. */
  readonly files: readonly ExportFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly elapsed: number;
};

export type WorkerResponse =
  | { readonly type: "preview"; readonly id: number; readonly result: PreviewResult }
  | { readonly type: "export"; readonly id: number; readonly result: ExportResult }
  | { readonly type: "failure"; readonly id: number; readonly message: string };
