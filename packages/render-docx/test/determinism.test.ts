// Same input, same bytes: across renders, clocks, time zones and processes.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sampleDocument } from "@clausework/model";
import { renderDocx } from "../src/index.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

afterEach(() => {
  vi.useRealTimers();
});

describe("renderDocx output", () => {
  it("is byte-identical when rendered twice", async () => {
    const first = await renderDocx(sampleDocument);
    const second = await renderDocx(sampleDocument);
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it("does not depend on the clock", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-06-30T23:59:59Z"));
    const later = await renderDocx(sampleDocument);
    vi.setSystemTime(new Date("1999-12-31T00:00:00Z"));
    const earlier = await renderDocx(sampleDocument);
    expect(Buffer.compare(later, earlier)).toBe(0);
  });

  it("is the same in another process in another time zone", async () => {
    const here = await renderDocx(sampleDocument);
    const base64 = execFileSync(
      process.execPath,
      ["--conditions=source", "--import", "tsx", "test/fixtures/render-sample.ts"],
      { cwd: packageDir, env: { ...process.env, TZ: "Pacific/Kiritimati" }, encoding: "utf8" },
    );
    expect(Buffer.compare(Buffer.from(base64, "base64"), here)).toBe(0);
  });
});
