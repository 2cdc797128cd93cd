import type { DocumentTemplate, TemplateKind } from "./manifest.js";
import { templateSources } from "./templates.generated.js";

export {
  isGroup,
  type ClauseEntry,
  type DocumentTemplate,
  type GroupEntry,
  type ManifestEntry,
  type TemplateKind,
  type TemplateManifest,
} from "./manifest.js";

export const templates: Readonly<Record<TemplateKind, DocumentTemplate>> = templateSources;
