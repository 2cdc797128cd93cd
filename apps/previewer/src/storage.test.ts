import { describe, expect, it } from "vitest";
import { loadSaved, save, storageKey } from "./storage.js";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function fullStorage(): Storage {
  return {
    ...memoryStorage(),
    setItem: () => {
      throw new DOMException("quota", "QuotaExceededError");
    },
  };
}

describe("storage", () => {
  it("brings back what was saved", () => {
    const storage = memoryStorage();
    expect(save({ text: '{ "id": "a" }', example: "web-design", kind: "handover" }, storage)).toBe(
      true,
    );
    expect(loadSaved(storage)).toEqual({
      text: '{ "id": "a" }',
      example: "web-design",
      kind: "handover",
    });
  });

  it("ignores what it cannot use", () => {
    const storage = memoryStorage();
    expect(loadSaved(storage)).toBeUndefined();
    storage.setItem(storageKey, "not json");
    expect(loadSaved(storage)).toBeUndefined();
    storage.setItem(storageKey, JSON.stringify({ text: 42 }));
    expect(loadSaved(storage)).toBeUndefined();
    storage.setItem(storageKey, JSON.stringify({ text: "{}", kind: "invoice", example: 3 }));
    expect(loadSaved(storage)).toEqual({ text: "{}" });
  });

  it("says so when the browser keeps nothing", () => {
    expect(save({ text: "{}" }, fullStorage())).toBe(false);
    expect(save({ text: "{}" }, undefined)).toBe(false);
  });
});
