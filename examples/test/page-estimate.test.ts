// validate refuses an engagement whose documents would run past MAX_PAGES,
// judged by an estimate from the input (schema/src/page-estimate.ts). Here the
// estimate meets real PDFs: for shapes that each stress one part of the file,
// it is never below the pages renderPdf makes, nor far above them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate } from "@clausework/generator";
import type { DocumentKind } from "@clausework/model";
import { renderPdf } from "@clausework/render-pdf";
import { estimatePages, validate, type Engagement } from "@clausework/schema";
import { engagementsDirectory } from "./build-example.js";

const base = JSON.parse(
  readFileSync(new URL("va-retainer-handover.json", engagementsDirectory), "utf8"),
) as Engagement;

const sentence = "The client sends the brief two weeks before the deadline. ";
const prose = (length: number) =>
  sentence
    .repeat(Math.ceil(length / sentence.length))
    .slice(0, length)
    .trim();

/** The schema's types say "at least one"; these lists always have many. */
function many<T>(count: number, item: (index: number) => T): [T, ...T[]] {
  return Array.from({ length: count }, (_, index) => item(index)) as [T, ...T[]];
}

const weekly = (id: string, title: string, times: number) => ({
  id,
  title,
  owner: "freelancer" as const,
  dueOn: base.schedule.startDate,
  repeat: { every: "week" as const, times },
});

const shapes: [string, DocumentKind, (e: Engagement) => Engagement][] = [
  ["as written", "contract", (e) => e],
  [
    "a milestone repeated 520 times",
    "contract",
    (e) => ({ ...e, schedule: { ...e.schedule, milestones: [weekly("w", "Weekly report", 520)] } }),
  ],
  [
    "repeated milestones with long titles",
    "contract",
    (e) => ({
      ...e,
      schedule: {
        ...e.schedule,
        milestones: Array.from({ length: 10 }, (_, i) => weekly(`m${i}`, prose(200), 20)),
      },
    }),
  ],
  [
    "long deliverable descriptions",
    "contract",
    (e) => ({
      ...e,
      deliverables: many(60, (i) => ({
        title: `Item ${i}`,
        quantity: 1,
        description: prose(1500),
      })),
    }),
  ],
  [
    "many short list items",
    "contract",
    (e) => ({
      ...e,
      scope: { ...e.scope, outOfScope: Array.from({ length: 200 }, (_, i) => `Thing ${i}`) },
    }),
  ],
  [
    "many handover steps",
    "handover",
    (e) => ({
      ...e,
      handover: {
        ...(e.handover ?? { transitionDate: e.schedule.startDate }),
        procedures: many(20, (i) => ({
          title: `Procedure ${i}`,
          steps: many(20, () => ({ text: prose(120) })),
        })),
      },
    }),
  ],
];

async function pagesOf(engagement: Engagement, kind: DocumentKind): Promise<number> {
  const [document] = generate(engagement, { documents: [kind] }).documents;
  if (document === undefined) throw new Error(`no ${kind}`);
  const bytes = Buffer.from(await renderPdf(document.model)).toString("latin1");
  return Number(/\/Count (\d+)/.exec(bytes)?.[1]);
}

describe("the page estimate", () => {
  it.each(shapes)(
    "is at or above the real page count: %s",
    async (_, kind, shape) => {
      const engagement = shape(structuredClone(base));
      expect(validate(JSON.stringify(engagement)).ok).toBe(true);
      const estimate = estimatePages(engagement).find(
        (entry) => entry.documents === (kind === "handover" ? "handover" : "main"),
      );
      const actual = await pagesOf(engagement, kind);
      expect(estimate?.pages).toBeGreaterThanOrEqual(actual);
      expect(estimate?.pages).toBeLessThanOrEqual(actual * 3);
    },
    60_000,
  );
});
