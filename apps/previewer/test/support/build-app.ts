// `vite build` in its own process, as a user would run it: a build inside the
// test runner would inherit NODE_ENV=test and leave out production-only code.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const appRoot = fileURLToPath(new URL("../../", import.meta.url));

export function buildApp(): void {
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
    cwd: appRoot,
    env: { ...process.env, NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`);
}
