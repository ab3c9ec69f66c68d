import { describe, expect, it } from "vitest";
import { readOptions, type CaptchaOptions } from "./options";

const CONFIG = { region: "cn", prefix: "abc123" };
const VALID: CaptchaOptions = { SceneId: " scene1 ", mode: "popup", element: "#e", button: "#b" };
const errorOf = (options: CaptchaOptions, config: object = CONFIG) => {
  const read = readOptions(options, config);
  return "error" in read ? read.error : null;
};
const settingsOf = (options: CaptchaOptions) => {
  const read = readOptions({ ...VALID, ...options }, CONFIG);
  if ("error" in read) throw new Error(read.error);
  return read.settings;
};

describe("readOptions", () => {
  it("says what is missing or wrong, in the order a page author fixes it", () => {
    expect(errorOf(VALID, { region: "cn" })).toMatch(/AliyunCaptchaConfig\.prefix .* is required/);
    expect(errorOf(VALID, { prefix: "abc" })).toMatch(/AliyunCaptchaConfig\.region is required/);
    expect(errorOf({ ...VALID, SceneId: "  " })).toBe("SceneId is required: the Scene ID of your scenario");
    expect(errorOf({ ...VALID, mode: "float" })).toBe('mode must be "popup" or "embed" (got "float")');
    expect(errorOf({ ...VALID, mode: undefined })).toBe('mode must be "popup" or "embed" (got null)');
    expect(errorOf({ ...VALID, captchaVerifyCallback: "yes" })).toBe("captchaVerifyCallback must be a function");
  });

  it("speaks Chinese for an unknown language and says so, as Captcha 2.0 does", () => {
    const read = readOptions({ ...VALID, language: "xx" }, CONFIG);
    if ("error" in read) throw new Error(read.error);
    expect(read.settings.language).toBe("cn");
    expect(read.settings.text("START_VERIFY")).toBe("点击开始验证");
    expect(read.warning).toMatch(/^language "xx" is not supported, so the widget speaks Chinese \("cn"\); use one of cn, tw, en, /);
    const known = readOptions({ ...VALID, language: "ko" }, CONFIG);
    expect("warning" in known).toBe(false);
  });

  it("takes prefix and region from the options before the global config", () => {
    const read = readOptions({ ...VALID, prefix: "own", region: "sgp" }, {});
    expect("settings" in read && read.settings.prefix).toBe("own");
  });

  it("fills in Captcha 2.0's defaults", () => {
    const settings = settingsOf({});
    expect(settings).toMatchObject({
      sceneId: "scene1",
      mode: "popup",
      language: "cn",
      slide: { width: 360, height: 40 },
      v2: false,
      timeout: 15000,
      zIndex: 2147483000,
      disableMaskClick: false,
      rem: 1,
    });
    expect(settings.text("POPUP_TITLE")).toBe("安全验证");
  });

  it("bounds the slide style, the timeout and rem", () => {
    expect(settingsOf({ slideStyle: { width: 200, height: 10 } }).slide).toEqual({ width: 320, height: 28 });
    expect(settingsOf({ slideStyle: { width: "400px", height: "100" } }).slide).toEqual({ width: 400, height: 80 });
    expect(settingsOf({ slideStyle: "wide" }).slide).toEqual({ width: 360, height: 40 });
    expect(settingsOf({ timeout: 10 }).timeout).toBe(1000);
    expect(settingsOf({ timeout: "x" }).timeout).toBe(15000);
    expect(settingsOf({ rem: -2 }).rem).toBe(1);
    expect(settingsOf({ rem: 1.5 }).rem).toBe(1.5);
    expect(settingsOf({ zIndex: 10.4 }).zIndex).toBe(10);
    expect(settingsOf({ disableMaskClick: "true" }).disableMaskClick).toBe(false);
  });

  it("is V2 when captchaVerifyCallback is given, and keeps the page's options object for callbacks", () => {
    const options = { ...VALID, captchaVerifyCallback: async () => ({ captchaResult: true }) };
    const read = readOptions(options, CONFIG);
    expect("settings" in read && read.settings.v2).toBe(true);
    expect("settings" in read && read.settings.callbacks).toBe(options);
  });
});
