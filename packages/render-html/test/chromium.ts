// Headless Chromium for tests that need a real DOM. The Debian package is required:
// a missing browser fails loudly instead of skipping the checks.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install the Debian package "chromium" ` +
        "(apt-get install chromium) or set CHROMIUM_PATH.",
    );
  }
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--headless", "--disable-gpu"],
  });
}
