import { describe, expect, it } from "vitest";
import { dependencyOrder } from "./milestone-order.js";

const ids = (nodes: readonly { id: string }[]) => nodes.map((node) => node.id);

describe("dependencyOrder", () => {
  it.each([
    ["independent milestones keep their order", [{ id: "a" }, { id: "b" }], ["a", "b"]],
    // Hard: the dependant is written before the milestone it follows.
    [
      "a dependant written first comes after",
      [{ id: "draft", after: "interview" }, { id: "interview" }],
      ["interview", "draft"],
    ],
    // Hard: a chain of three written backwards.
    [
      "a chain written backwards",
      [{ id: "c", after: "b" }, { id: "b", after: "a" }, { id: "a" }],
      ["a", "b", "c"],
    ],
    [
      "two dependants of one root",
      [{ id: "x", after: "r" }, { id: "r" }, { id: "y", after: "r" }],
      ["r", "x", "y"],
    ],
  ])("%s", (_, nodes, expected) => {
    expect(ids(dependencyOrder(nodes))).toEqual(expected);
  });

  it.each([
    [
      "two milestones after each other",
      [
        { id: "a", after: "b" },
        { id: "b", after: "a" },
      ],
      "a, b",
    ],
    ["a milestone after itself", [{ id: "ok" }, { id: "self", after: "self" }], "self"],
    // Hard: a cycle hanging below a healthy root; only the cycle is named.
    [
      "a cycle below a root",
      [
        { id: "root" },
        { id: "x", after: "y" },
        { id: "y", after: "x" },
        { id: "z", after: "root" },
      ],
      "x, y",
    ],
  ])("rejects %s without looping", (_, nodes, named) => {
    expect(() => dependencyOrder(nodes)).toThrow(
      expect.objectContaining({ code: "MILESTONE_CYCLE", message: expect.stringContaining(named) }),
    );
  });

  it("rejects a reference to a milestone that does not exist", () => {
    expect(() => dependencyOrder([{ id: "draft", after: "nope" }])).toThrow(
      expect.objectContaining({
        code: "MILESTONE_UNKNOWN_AFTER",
        pointer: "/schedule/milestones/0/after",
      }),
    );
  });
});
