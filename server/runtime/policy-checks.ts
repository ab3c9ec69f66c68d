import type { PolicySettings } from "../policy/rules";
import type { EnvironmentHints } from "./protocol";

/**
 * The custom policy at verification time, as pure rules (captcha-spec.md section 2): URL
 * Verification (F016), Block Emulated Devices (F009), Block Simulated Clicks (F024), and the IP
 * (F010) and device (F011) frequency limits, which count verification requests, not
 * initializations. Test Mode skips all of them, as it skips every risk check.
 */
export type PolicyCode = "F016" | "F009" | "F024" | "F010" | "F011";

/** Client verifications of this scenario from this IP and this device, this one included. */
export interface VerificationCounts {
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
export function looksEmulated(userAgent: string, hints: Pick<EnvironmentHints, "platform" | "renderer">): boolean {
  if (hints.renderer && VIRTUAL_GPU.test(hints.renderer)) return true;
  return MOBILE_USER_AGENT.test(userAgent) && DESKTOP_PLATFORM.test(hints.platform ?? "");
}

/** The checks that need nothing counted: the page, the device, simulated input. */
export function policyBlock(
  settings: PolicySettings,
  request: { pageUrl: string | null; userAgent: string; env: EnvironmentHints; simulatedInput: boolean },
): PolicyCode | null {
  if (settings.urlVerification && !(request.pageUrl ?? "").includes(settings.urlVerification)) return "F016";
  if (settings.blockEmulatedDevices && looksEmulated(request.userAgent, request.env)) return "F009";
  if (settings.blockSimulatedClicks && request.simulatedInput) return "F024";
  return null;
}

/** The frequency limits: this verification is refused when it is past a limit. */
export function limitBlock(settings: PolicySettings, counts: VerificationCounts): "F010" | "F011" | null {
  if (counts.ipHour > settings.ipHourlyLimit || counts.ipDay > settings.ipDailyLimit) return "F010";
  if (counts.deviceHour > settings.deviceHourlyLimit || counts.deviceDay > settings.deviceDailyLimit) return "F011";
  return null;
}
