// Inputs that once passed validate and then broke a build (issue 8: nothing a
// valid engagement holds may crash, hang or corrupt a build). Each either builds
// in every format now, or validate refuses it at the field to fix.
import { describe, expect, it } from "vitest";
import { generate } from "@clausework/generator";
import { renderDocx } from "@clausework/render-docx";
import { renderHtml } from "@clausework/render-html";
import { renderMarkdown } from "@clausework/render-markdown";
import { renderPdf } from "@clausework/render-pdf";
import { validate, type Engagement } from "@clausework/schema";

const MINIMAL: Engagement = {
  id: "acme-blog-2027",
  issuedOn: "2027-03-01",
  locale: "en-GB",
  currency: "EUR",
  freelancer: { name: "Jane Doe", timeZone: "Europe/Berlin" },
  client: { name: "Acme GmbH", timeZone: "America/New_York" },
  project: { title: "Weekly blog posts" },
  deliverables: [{ title: "Blog post", quantity: 12 }],
  schedule: { startDate: "2027-04-01" },
  fees: { model: "fixed-fee", amount: "4800.00" },
};

/** validate accepts it, and every document renders in every format. */
async function buildsEverywhere(engagement: Engagement): Promise<string[]> {
  const result = validate(JSON.stringify(engagement));
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const texts: string[] = [];
  for (const { model } of generate(result.engagement ?? engagement).documents) {
    texts.push(renderMarkdown(model));
    renderHtml(model);
    expect((await renderDocx(model)).length).toBeGreaterThan(0);
    expect((await renderPdf(model)).length).toBeGreaterThan(0);
  }
  return texts;
}

/** validate refuses it, with one error at `pointer` carrying `code`. */
function refusedAt(engagement: Engagement, pointer: string, code: string): void {
  const result = validate(JSON.stringify(engagement, null, 2));
  expect(result.ok).toBe(false);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toMatchObject([
    { pointer, code },
  ]);
}

describe("former known issues", () => {
  it("an owner with every weekday off cannot count business days (owner-never-works)", () => {
    refusedAt(
      {
        ...MINIMAL,
        freelancer: {
          ...MINIMAL.freelancer,
          daysOff: { weekdays: ["mon", "tue", "wed", "thu", "fri"] },
        },
        schedule: {
          startDate: "2027-04-01",
          milestones: [
            { id: "kickoff", title: "Kickoff", owner: "client", dueOn: "2027-04-01" },
            { id: "draft", title: "Draft", owner: "freelancer", after: "kickoff", businessDays: 1 },
          ],
        },
      },
      "/schedule/milestones/1/businessDays",
      "NO_BUSINESS_DAYS",
    );
  });

  it("a public-holiday region date-holidays does not know is refused (holidays-region-without-states)", () => {
    refusedAt(
      { ...MINIMAL, client: { ...MINIMAL.client, publicHolidays: { country: "SV", region: "X" } } },
      "/client/publicHolidays/region",
      "UNKNOWN_REGION",
    );
  });

  it("a DST switch in the issue week keeps office hours one window each (office-hours-split-by-dst)", async () => {
    // Berlin switches on Sunday 28 March 2027, New York on 14 March.
    const markdown = await buildsEverywhere({
      ...MINIMAL,
      issuedOn: "2027-03-24",
      client: {
        ...MINIMAL.client,
        officeHours: [{ days: ["fri", "sun"], from: "09:00", to: "17:00" }],
      },
    });
    const contract = markdown[1] ?? "";
    expect(contract).toMatch(/14:00/);
    expect(contract).toMatch(/22:00/);
  }, 60_000);
});
