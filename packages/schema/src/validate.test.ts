import { describe, expect, it } from "vitest";
import { engagementWith, minimalEngagement } from "./test-engagement.js";
import { textWithRaw } from "./test-raw.js";
import { validate, validateValue } from "./validate.js";

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

describe("validate", () => {
  it("accepts a minimal engagement and returns it", () => {
    const result = validate(pretty(minimalEngagement()));
    expect(result).toEqual({ ok: true, diagnostics: [], engagement: minimalEngagement() });
  });

  it("normalises CRLF and CR to LF and keeps money as given", () => {
    const input = { ...minimalEngagement(), project: { title: "T", summary: "one\r\ntwo\rthree" } };
    const result = validate(pretty(input));
    expect(result.engagement?.project.summary).toBe("one\ntwo\nthree");
    expect(result.engagement?.fees.amount).toBe("4800.00");
    expect(
      validate(pretty({ ...input, fees: { model: "hourly", amount: 90.5 } })).engagement?.fees
        .amount,
    ).toBe(90.5);
  });

  it("warns of characters no PDF font draws in three fields at most, then counts the rest", () => {
    const korean = pretty(
      engagementWith(
        ["/freelancer/name", "김민준"],
        ["/client/name", "한빛 주식회사"],
        ["/project/title", "웹사이트"],
        ["/project/summary", "새 웹사이트"],
        ["/deliverables/0/title", "로고"],
      ),
    );
    const result = validate(korean);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([
      ["warning", "PDF_MISSING_GLYPHS", "/freelancer/name"],
      ["warning", "PDF_MISSING_GLYPHS", "/client/name"],
      ["warning", "PDF_MISSING_GLYPHS", "/project/title"],
      ["warning", "PDF_MISSING_GLYPHS", ""],
    ]);
    expect(result.diagnostics[3]?.message).toBe("2 more fields have characters no PDF font draws");
    const one = validate(
      pretty(
        engagementWith(
          ["/project/title", "웹"],
          ["/client/name", "한"],
          ["/freelancer/name", "김"],
          ["/project/summary", "새"],
        ),
      ),
    );
    expect(one.diagnostics.at(-1)?.message).toBe("1 more field has characters no PDF font draws");
  });

  it("fails a file whose error comes after hundreds of fields the PDF cannot draw", () => {
    const lines = Array.from({ length: 200 }, (_, index) => `한국어 항목 ${index}`);
    const text = pretty({
      ...engagementWith(["/scope/summary", "웹사이트"], ["/scope/outOfScope", lines]),
      zzz: 1,
    });
    const result = validate(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      "PDF_MISSING_GLYPHS",
      "PDF_MISSING_GLYPHS",
      "PDF_MISSING_GLYPHS",
      "PDF_MISSING_GLYPHS",
      "UNKNOWN_KEY",
    ]);
    expect(result.diagnostics[3]?.message).toBe(
      "198 more fields have characters no PDF font draws",
    );
  });

  it("leaves the engagement out when there are errors, but not for warnings", () => {
    expect(validate(pretty({ ...minimalEngagement(), id: "Bad Id" }))).not.toHaveProperty(
      "engagement",
    );
    const warned = validate(pretty({ ...minimalEngagement(), project: { title: "two\nlines" } }));
    expect(warned.ok).toBe(true);
    expect(warned.diagnostics).toMatchObject([{ severity: "warning", code: "LINE_BREAK" }]);
    expect(warned.engagement).toBeDefined();
  });

  it("places diagnostics at the offending value, key, or the object missing a key", () => {
    const text = textWithRaw("/client", '{"timeZone": "Mars/Base", "nmae": "Acme"}');
    const lines = text.split("\n");
    const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1;
    const diagnostics = validate(text).diagnostics;
    const client = lineOf('"client"');
    expect(diagnostics).toMatchObject([
      { code: "REQUIRED", pointer: "/client/name", line: client, column: 13 },
      { code: "UNKNOWN_TIME_ZONE", pointer: "/client/timeZone", line: client, column: 26 },
      {
        code: "UNKNOWN_KEY",
        pointer: "/client/nmae",
        line: client,
        column: 39,
        hint: "did you mean 'name'?",
      },
    ]);
  });

  it("sorts diagnostics by position", () => {
    const text = pretty({ ...minimalEngagement(), id: "Bad Id", currency: "XYZ", locale: "en_GB" });
    const lines = validate(text).diagnostics.map((diagnostic) => diagnostic.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("caps the list at 200 with a note", () => {
    const unknown = Object.fromEntries(
      Array.from({ length: 300 }, (_, index) => [`extra${index}`, 1]),
    );
    const diagnostics = validate(pretty({ ...minimalEngagement(), ...unknown })).diagnostics;
    expect(diagnostics).toHaveLength(201);
    expect(diagnostics.at(-1)).toMatchObject({
      code: "MORE_DIAGNOSTICS",
      message: "and 100 more diagnostics not shown",
    });
  });

  it("reports a secret key once, not also as an unknown key", () => {
    const diagnostics = validate(
      pretty({ ...minimalEngagement(), password: "hunter2" }),
    ).diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(["SECRET_KEY"]);
  });

  it("names the file in size messages", () => {
    const result = validate(" ".repeat(2 * 1024 * 1024), { fileName: "acme.json" });
    expect(result.diagnostics).toMatchObject([
      { code: "TOO_LARGE", message: "acme.json is too large: 2.0 MiB, the limit is 1 MiB" },
    ]);
  });

  it("turns a non-string argument into a diagnostic", () => {
    expect(validate(42 as unknown as string).diagnostics).toMatchObject([{ code: "NOT_TEXT" }]);
  });
});

describe("validateValue", () => {
  it("accepts a valid value without positions", () => {
    expect(validateValue(minimalEngagement())).toMatchObject({ ok: true, diagnostics: [] });
    const failed = validateValue({ ...minimalEngagement(), id: 1 });
    expect(failed.diagnostics[0]).not.toHaveProperty("line");
  });

  it("returns a copy, never the caller's object", () => {
    const input = minimalEngagement();
    const result = validateValue(input);
    expect(result.engagement).toEqual(input);
    expect(result.engagement).not.toBe(input);
  });

  it("treats undefined properties as absent", () => {
    expect(validateValue({ ...minimalEngagement(), validUntil: undefined }).ok).toBe(true);
  });

  it.each([
    [
      "a function",
      { ...minimalEngagement(), id: () => "x" },
      "/id",
      "/id is a function, which JSON cannot hold",
    ],
    [
      "a Date",
      { ...minimalEngagement(), issuedOn: new Date(0) },
      "/issuedOn",
      "/issuedOn is a Date (write dates as text like 2027-03-01), which JSON cannot hold",
    ],
    ["a Map", new Map(), "", "/ is not a plain object, which JSON cannot hold"],
    ["a bigint", 1n, "", "/ is a bigint, which JSON cannot hold"],
    ["undefined", undefined, "", "/ is undefined, which JSON cannot hold"],
  ])("reports %s as NOT_JSON", (_name, value, pointer, message) => {
    expect(validateValue(value).diagnostics).toEqual([
      { severity: "error", code: "NOT_JSON", pointer, message },
    ]);
  });

  it("reports cycles, throwing getters and deep values without throwing", () => {
    const cyclic: Record<string, unknown> = minimalEngagement();
    cyclic.metadata = cyclic;
    expect(validateValue(cyclic).diagnostics).toMatchObject([
      { code: "NOT_JSON", pointer: "/metadata" },
    ]);
    const trap = Object.defineProperty({}, "id", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(validateValue(trap).diagnostics).toMatchObject([
      { code: "NOT_JSON", message: "/ is unreadable (boom), which JSON cannot hold" },
    ]);
    let deep: unknown = "x";
    for (let depth = 0; depth < 10_000; depth++) deep = [deep];
    expect(validateValue({ ...minimalEngagement(), deliverables: deep }).diagnostics).toMatchObject(
      [{ code: "TOO_DEEP" }],
    );
  });

  it("stops a value that unfolds exponentially", () => {
    let shared: unknown = "x";
    for (let level = 0; level < 30; level++) shared = [shared, shared];
    expect(validateValue(shared).diagnostics).toMatchObject([{ code: "TOO_LARGE" }]);
  });
});
