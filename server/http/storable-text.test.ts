import { describe, expect, it } from "vitest";
import { findUnstorableText, isStorableText } from "./storable-text";

describe("storable text", () => {
  it.each([
    ["", true],
    ["plain", true],
    ["😀 团队 \u202E rtl \u200B zero-width", true],
    ["tab\tnewline\nbell\u0007 del\u007F", true],
    ["a\u0000b", false],
    ["\uD800", false],
    ["x\uDC00", false],
    ["\uDBFF\uDFFF", true], // a proper pair: U+10FFFF
  ])("%j storable: %s", (text, storable) => expect(isStorableText(text)).toBe(storable));

  it("finds nothing in ordinary input", () => {
    expect(findUnstorableText(undefined)).toBeNull();
    expect(findUnstorableText({ a: [1, "b", { c: null, d: true }], e: new Date(0) })).toBeNull();
  });

  it("names the path of a bad value, however deep", () => {
    expect(findUnstorableText("\u0000")).toEqual([]);
    expect(findUnstorableText({ name: "a\u0000" })).toEqual(["name"]);
    expect(findUnstorableText({ a: [0, { b: ["ok", "\uD800"] }] })).toEqual(["a", 1, "b", 1]);
  });

  it("names the object holding a bad key", () => {
    expect(findUnstorableText({ outer: { "k\u0000": 1 } })).toEqual(["outer"]);
    expect(findUnstorableText({ "\uDFFF": 1 })).toEqual([]);
  });

  it("looks into Maps and Sets", () => {
    expect(findUnstorableText({ m: new Map([["k", "\u0000"]]) })).toEqual(["m", "k"]);
    expect(findUnstorableText({ m: new Map([["\u0000", 1]]) })).toEqual(["m"]);
    expect(findUnstorableText({ s: new Set(["ok", "\uD800"]) })).toEqual(["s"]);
  });

  it("walks deep nesting without overflowing the stack, and shared or circular references once", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnstorableText(deep)?.length).toBe(200_000);

    // 2^40 paths through 40 shared objects: visiting by path would never finish.
    let shared: Record<string, unknown> = { leaf: "ok" };
    for (let i = 0; i < 40; i++) shared = { left: shared, right: shared };
    expect(findUnstorableText(shared)).toBeNull();

    const circular: Record<string, unknown> = { name: "ok" };
    circular.self = circular;
    expect(findUnstorableText(circular)).toBeNull();
  });
});
