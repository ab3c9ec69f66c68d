import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../glossary";
import { MESSAGES } from ".";

/** Every key path of a message tree ("overview.series.intercepted"). */
function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

function placeholders(text: string) {
  return [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();
}

describe("the console's texts", () => {
  const english = keys(MESSAGES.en);

  it("every language has every key, and no key the others lack", () => {
    for (const messages of Object.values(MESSAGES)) expect(keys(messages).sort()).toEqual([...english].sort());
  });

  it("no text is empty, and each translation fills the same placeholders", () => {
    const lookup = (tree: object, path: string) => path.split(".").reduce((node: any, key) => node[key], tree) as string;
    for (const path of english) {
      for (const messages of Object.values(MESSAGES)) expect(lookup(messages, path).trim(), path).not.toBe("");
      expect(placeholders(lookup(MESSAGES["zh-CN"], path)), path).toEqual(placeholders(lookup(MESSAGES.en, path)));
    }
  });

  it("the glossary has every term in every language", () => {
    expect(Object.keys(GLOSSARY["zh-CN"]).sort()).toEqual(Object.keys(GLOSSARY.en).sort());
  });
});
