import type { PolicySettings } from "../policy/rules";
import type { Signals } from "./challenges";

/**
 * The custom policy at verification time, as pure rules (captcha-spec.md section 2): URL
 * Verification (F016), Block Emulated Devices (F009), Block Simulated Clicks (F024), and the IP
 * (F010) and device (F011) frequency limits, which count verification requests, not
 * initializations. Test Mode skips all of them, as it skips every risk check.
 */
export type PolicyCode = "F016" | "F009" | "F024" | "F010" | "F011";

/** Client verifications already made in the last hour and day, from this IP and this device. */
export interface RecentVerifications {
  ipHour: number;
  ipDay: number;
  deviceHour: number;
  deviceDay: number;
}

const MOBILE_USER_AGENT = /Android|iPhone|iPad|iPod|Mobile|HarmonyOS|OpenHarmony/i;
/** What navigator.platform says on desktop computers (phones say "iPhone", "Linux aarch64", …). */
const DESKTOP_PLATFORM = /^(Win32|Win64|Windows|MacIntel|Linux x86_64|Linux i686)$/i;
/** The graphics adapters of virtual machines and emulators, as WebGL names them. */
const VIRTUAL_GPU = /VMware|VirtualBox|Parallels|Hyper-V|Microsoft Basic Render|QEMU|BlueStacks|Android Emulator/i;

/**
 * A phone's user agent on a desktop's platform is a desktop browser emulating a mobile device
 * (or an Android emulator on a PC); a virtual graphics adapter is a virtual machine or emulator.
 */
export function looksEmulated(userAgent: string, signals: Pick<Signals, "platform" | "renderer">): boolean {
  if (signals.renderer && VIRTUAL_GPU.test(signals.renderer)) return true;
  return MOBILE_USER_AGENT.test(userAgent) && DESKTOP_PLATFORM.test(signals.platform ?? "");
}

export function policyBlock(
  settings: PolicySettings,
  request: { pageUrl: string | null; userAgent: string; signals: Signals; recent: RecentVerifications },
): PolicyCode | null {
  if (settings.urlVerification && !(request.pageUrl ?? "").includes(settings.urlVerification)) return "F016";
  if (settings.blockEmulatedDevices && looksEmulated(request.userAgent, request.signals)) return "F009";
  if (settings.blockSimulatedClicks && request.signals.untrusted === true) return "F024";
  const { recent } = request;
  if (recent.ipHour >= settings.ipHourlyLimit || recent.ipDay >= settings.ipDailyLimit) return "F010";
  if (recent.deviceHour >= settings.deviceHourlyLimit || recent.deviceDay >= settings.deviceDailyLimit) return "F011";
  return null;
}
