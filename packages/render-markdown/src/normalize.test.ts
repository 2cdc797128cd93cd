import { emphasis, link, strong, text } from "@clausework/model";
import { describe, expect, it } from "vitest";
import { normalize } from "./normalize.js";

describe("normalize", () => {
  it("turns line feeds in text into breaks and merges neighbouring text", () => {
    expect(normalize([{ type: "text", value: "a\r\nb" }, ...text("c")], false)).toEqual([
      { type: "text", value: "a" },
      { type: "break" },
      { type: "text", value: "bc" },
    ]);
  });

  it("moves spaces and breaks at the inner edges of emphasis outside it", () => {
    expect(normalize([strong(...text(" a "), { type: "break" })], false)).toEqual([
      { type: "text", value: " " },
      strong(...text("a")),
      { type: "text", value: " " },
      { type: "break" },
    ]);
  });

  it("drops emphasis with nothing visible in it", () => {
    expect(normalize([emphasis(...text("  "))], false)).toEqual(text("  "));
  });

  it("merges neighbouring emphasis of one kind and unwraps bold inside bold", () => {
    expect(
      normalize([strong(...text("a")), strong(...text("b"), strong(...text("c")))], false),
    ).toEqual([strong(...text("abc"))]);
  });

  it("keeps only the text of unsafe links and of links inside links", () => {
    const inner = link("https://b.example", text("b"));
    expect(
      normalize([link("javascript:x", text("a")), link("https://a.example", [inner])], false),
    ).toEqual([...text("a"), link("https://a.example", text("b"))]);
  });
});
