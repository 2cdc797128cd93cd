// Real clients (Debian packages) used by the end-to-end tests. CI installs them
// (.ci/run); a missing one fails loudly with the package to install.
import { spawnSync } from "node:child_process";

export function requireTool(command: string, debianPackage: string): void {
  const probe = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  if (probe.status !== 0) {
    throw new Error(`${command} is not installed: apt-get install ${debianPackage}`);
  }
}

export function run(command: string, args: readonly string[], debianPackage: string): string {
  requireTool(command, debianPackage);
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 240_000 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}
