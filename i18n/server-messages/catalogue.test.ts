import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasServerMessage, translateServerMessage } from "./translate";
import { SERVER_MESSAGES_ZH_CN } from "./zh-CN";

/**
 * Every sentence the console's server can say to a person has its Chinese. The sentences are
 * found in the source: each string literal of the console's server code that reads as a sentence
 * (a capital letter first, a full stop or question mark last); `${…}` in a template stands for any
 * value. What is not said to a person is listed below with the reason.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

/** The console's server (the runtime API and widget speak Alibaba Cloud's protocol, in English). */
const SCANNED = ["server", "app/api", "app/invite/[token]/actions.ts", "app/(console)/actions.ts"];
const NOT_SCANNED = [/\.test\.ts$/, /^server\/(runtime|verification|generated|test|guide)\//];

/** Sentences in the scanned code that are not the server's messages to a person, and why. */
const NOT_SERVER_MESSAGES: Record<string, string> = {
  "This session has ended.": "an Error for the log: NextAuth answers no session",
  "The account of this single sign-on no longer exists.": "an Error for the log: NextAuth sends the person back with ?error=Callback",
  "The database migrations could not be applied (see above).": "the operator's log at start-up",
  "Access-key secrets cannot be decrypted with this server key: CAPTCHA_SERVER_KEY (or DATA_DIR/server-key) is not the key they were stored with. Restore that key, or create new access keys.":
    "the operator's log: the person gets the generic internal error",
  // The pages' own texts that the rules modules hold next to the values they describe: the pages
  // translate them with their texts (i18n/messages/<page>.ts).
  "The standard policy: balances user experience and security.": "page text (policies)",
  "A stricter policy for when you are under attack: it may cause some false positives.": "page text (policies)",
  "Optional. Text that must appear in the URL of the page where the CAPTCHA is invoked (partial match); leave it empty for no check.":
    "page text (policies)",
  "Blocks virtual machines (VMware, VirtualBox, Hyper-V, Parallels), emulators (Android Virtual Device, BlueStacks) and desktop browsers that emulate a mobile device.":
    "page text (policies)",
  "Blocks clicks and slides simulated by scripts. Apps that simulate touch events themselves (for example Vue apps using touch-emulator) will fail verification.":
    "page text (policies)",
  "Use for standard web pages and H5 mobile pages.": "page text (scenarios)",
  "Use for apps and WeChat mini programs that embed a WebView.": "page text (scenarios)",
  "Use for native WeChat mini program integration. Custom policies are not supported for this method.": "page text (scenarios)",
  "Runs a full threat assessment on each request and returns a real pass or fail result.": "page text (scenarios)",
  "Only checks connectivity. No threat assessment runs; returns the test result you configure.": "page text (scenarios)",
};

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  const files = entry.endsWith(".ts")
    ? [entry]
    : readdirSync(full, { recursive: true, encoding: "utf8" }).map((file) => path.join(entry, file));
  return files.filter((file) => /\.tsx?$/.test(file) && !NOT_SCANNED.some((pattern) => pattern.test(file)));
}

/** The sentences of one file; a template's `${…}` becomes a placeholder that matches any value. */
function sentencesOf(source: string): string[] {
  const code = source.replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, "");
  const literals = [...code.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((match) =>
    match[1] !== undefined ? match[1].replace(/\\"/g, '"') : match[2].replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, "{value}"),
  );
  return literals.filter((text) => /^[A-Z][^\n]*\s[^\n]*[.?]$/.test(text));
}

const sentences = new Map<string, string>();
for (const entry of SCANNED) {
  for (const file of sourceFiles(entry)) {
    for (const sentence of sentencesOf(readFileSync(path.join(ROOT, file), "utf8"))) {
      if (!Object.hasOwn(NOT_SERVER_MESSAGES, sentence)) sentences.set(sentence, file);
    }
  }
}

describe("the server's messages in Chinese", () => {
  it("finds the server's sentences", () => {
    expect(sentences.size).toBeGreaterThan(100);
    expect(sentences.has("That already exists.")).toBe(true);
    expect(sentences.has("This invitation was sent to {value}. Sign in with that email to accept it.")).toBe(true);
  });

  it("every sentence the server says has a Chinese translation", () => {
    const missing = [...sentences]
      .filter(([sentence]) => !hasServerMessage(sentence, "zh-CN"))
      .map(([sentence, file]) => `${file}: ${sentence}`);
    expect(missing).toEqual([]);
  });

  it("every translation belongs to a sentence the server still says", () => {
    const said = [...sentences.keys()];
    // A key's placeholders match any value, also the source's own ${…} placeholder.
    const patternOf = (english: string) =>
      new RegExp(
        `^${english
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join(".+?")}$`,
      );
    const unused = Object.keys(SERVER_MESSAGES_ZH_CN).filter((english) => !said.some((sentence) => patternOf(english).test(sentence)));
    expect(unused).toEqual([]);
  });

  it("translations fill the placeholders of their English and use full-width punctuation", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [english, chinese] of Object.entries(SERVER_MESSAGES_ZH_CN)) {
      expect(names(chinese), english).toEqual(names(english));
      expect(chinese, english).toMatch(/[。？]$/);
    }
  });

  it("a message with values keeps them", () => {
    expect(translateServerMessage("Use at most 32 characters.", "zh-CN")).toBe("最多输入 32 个字符。");
    expect(translateServerMessage("This invitation was sent to a@example.com. Sign in with that email to accept it.", "zh-CN")).toBe(
      "该邀请发送给 a@example.com，请使用该邮箱登录后接受。",
    );
    expect(translateServerMessage("Use at most 32 characters.", "en")).toBe("Use at most 32 characters.");
    expect(translateServerMessage("Not a message we know.", "zh-CN")).toBe("Not a message we know.");
  });
});
