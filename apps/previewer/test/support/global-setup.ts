// Builds the app once with Vite and serves dist/ for every browser test file.
import type { TestProject } from "vitest/node";
import { appRoot, buildApp } from "./build-app.js";
import { serveStatic } from "./static-server.js";

declare module "vitest" {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    previewerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildApp();
  const server = await serveStatic(`${appRoot}dist`);
  project.provide("previewerUrl", server.url);
  return () => server.close();
}
