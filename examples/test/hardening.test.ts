// Inputs that once passed validate and then broke a build (issue 8: nothing a
// valid engagement holds may crash, hang or corrupt a build). Each either builds
// in every format now, or validate refuses it at the field to fix.
import { describe, expect, it } from "vitest";
import { generate } from "@clausework/generator";
import { renderDocx } from "@clausework/render-docx";
import { renderHtml } from "@clausework/render-html";
import { renderMarkdown } from "@clausework/render-markdown";
import { renderPdf } from "@clausework/render-pdf";
import { validate } from "@clausework/schema";
import { engagementWith } from "@clausework/schema/test-support";

/** validate accepts it, and every document renders in every format. */
async function buildsEverywhere(engagement: unknown): Promise<string[]> {
  const result = validate(JSON.stringify(engagement));
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  if (result.engagement === undefined) throw new Error("not valid");
  const texts: string[] = [];
  for (const { model } of generate(result.engagement).documents) {
    texts.push(renderMarkdown(model));
    renderHtml(model);
    expect((await renderDocx(model)).length).toBeGreaterThan(0);
    expect((await renderPdf(model)).length).toBeGreaterThan(0);
  }
  return texts;
}

/** validate refuses it, with one error at `pointer` carrying `code`. */
function refusedAt(engagement: unknown, pointer: string, code: string): void {
  const result = validate(JSON.stringify(engagement, null, 2));
  expect(result.ok).toBe(false);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toMatchObject([
    { pointer, code },
  ]);
}

describe("former known issues", () => {
  it("an owner with every weekday off cannot count business days (owner-never-works)", () => {
    refusedAt(
      engagementWith(
        ["/freelancer/daysOff", { weekdays: ["mon", "tue", "wed", "thu", "fri"] }],
        [
          "/schedule/milestones",
          [
            { id: "kickoff", title: "Kickoff", owner: "client", dueOn: "2027-04-01" },
            { id: "draft", title: "Draft", owner: "freelancer", after: "kickoff", businessDays: 1 },
          ],
        ],
      ),
      "/schedule/milestones/1/businessDays",
      "NO_BUSINESS_DAYS",
    );
  });

  it("a public-holiday region date-holidays does not know is refused (holidays-region-without-states)", () => {
    refusedAt(
      engagementWith(["/client/publicHolidays", { country: "SV", region: "X" }]),
      "/client/publicHolidays/region",
      "UNKNOWN_REGION",
    );
  });

  it("a DST switch in the issue week keeps office hours one window each (office-hours-split-by-dst)", async () => {
    // Berlin switches on Sunday 28 March 2027, New York on 14 March.
    const markdown = await buildsEverywhere(
      engagementWith(
        ["/issuedOn", "2027-03-24"],
        ["/client/officeHours", [{ days: ["fri", "sun"], from: "09:00", to: "17:00" }]],
      ),
    );
    const contract = markdown[1] ?? "";
    expect(contract).toMatch(/14:00/);
    expect(contract).toMatch(/22:00/);
  }, 60_000);
});
