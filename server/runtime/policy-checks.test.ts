import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, type PolicySettings } from "../policy/rules";
import { limitBlock, looksEmulated, policyBlock, type VerificationCounts } from "./policy-checks";

const UA = {
  desktopChrome: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
  android: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
  iphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
};

describe("Block Emulated Devices", () => {
  it.each([
    ["a desktop browser on its own platform", UA.desktopChrome, { platform: "Linux x86_64" }, false],
    ["an Android phone (ARM)", UA.android, { platform: "Linux aarch64" }, false],
    ["an iPhone", UA.iphone, { platform: "iPhone" }, false],
    ["a desktop browser emulating an iPhone (DevTools)", UA.iphone, { platform: "MacIntel" }, true],
    ["a desktop browser emulating Android", UA.android, { platform: "Win32" }, true],
    ["an Android emulator on a PC", UA.android, { platform: "Linux x86_64" }, true],
    ["a VMware virtual machine", UA.desktopChrome, { platform: "Win32", renderer: "ANGLE (VMware, Inc., VMware SVGA 3D, D3D11)" }, true],
    ["a VirtualBox guest", UA.desktopChrome, { platform: "Linux x86_64", renderer: "SVGA3D; build: RELEASE; VirtualBox" }, true],
    [
      "a real GPU",
      UA.desktopChrome,
      { platform: "Win32", renderer: "ANGLE (NVIDIA, NVIDIA GeForce RTX 4070 Direct3D11 vs_5_0 ps_5_0)" },
      false,
    ],
    ["no signals at all", UA.android, {}, false],
  ])("%s: %s", (_, userAgent, signals, emulated) => {
    expect(looksEmulated(userAgent, signals)).toBe(emulated);
  });
});

describe("the custom policy at verification time", () => {
  const policy = (changes: Partial<PolicySettings>): PolicySettings => ({ ...DEFAULT_POLICY, ...changes });
  const check = (settings: PolicySettings, request: Partial<Parameters<typeof policyBlock>[1]> = {}) =>
    policyBlock(settings, {
      pageUrl: "https://www.abc.com/a",
      userAgent: UA.desktopChrome,
      env: { platform: "Linux x86_64" },
      simulatedInput: false,
      ...request,
    });

  it("lets an ordinary request through the defaults", () => {
    expect(check(DEFAULT_POLICY)).toBeNull();
  });

  it("URL Verification: a partial match of the page URL (the seed's example), else F016", () => {
    const settings = policy({ urlVerification: "www.abc.com" });
    for (const url of ["https://www.abc.com/a", "https://www.abc.com/a/xxxx", "http://www.abc.com/b"])
      expect(check(settings, { pageUrl: url })).toBeNull();
    expect(check(settings, { pageUrl: "https://www.other.com/www-abc" })).toBe("F016");
    expect(check(settings, { pageUrl: null })).toBe("F016");
  });

  it("Block Emulated Devices gives F009, and lets them through when switched off", () => {
    const emulated = { userAgent: UA.iphone, env: { platform: "MacIntel" } };
    expect(check(policy({ blockEmulatedDevices: true }), emulated)).toBe("F009");
    expect(check(policy({ blockEmulatedDevices: false }), emulated)).toBeNull();
  });

  it("Block Simulated Clicks gives F024 for scripted input, only when switched on", () => {
    expect(check(policy({ blockSimulatedClicks: true }), { simulatedInput: true })).toBe("F024");
    expect(check(policy({ blockSimulatedClicks: false }), { simulatedInput: true })).toBeNull();
  });

  const none: VerificationCounts = { ipHour: 1, ipDay: 1, deviceHour: 1, deviceDay: 1 };
  it.each([
    [{ ipHour: 10 }, null],
    [{ ipHour: 11 }, "F010"],
    [{ ipDay: 101 }, "F010"],
    [{ deviceHour: 5 }, null],
    [{ deviceHour: 6 }, "F011"],
    [{ deviceDay: 21 }, "F011"],
  ])("frequency limits (IP 10/h, 100/day; device 5/h, 20/day): this verification being %o gives %s", (counts, code) => {
    const settings = policy({ ipHourlyLimit: 10, ipDailyLimit: 100, deviceHourlyLimit: 5, deviceDailyLimit: 20 });
    expect(limitBlock(settings, { ...none, ...counts })).toBe(code);
  });
});
