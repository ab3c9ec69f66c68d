import type { PolicySettings } from "../policy/rules";

/** A valid custom policy unlike the defaults in every field: the documentation's example URL, small limits. */
export const CUSTOM_POLICY: PolicySettings = {
  mode: "ATTACK_AND_DEFENSE",
  urlVerification: "www.abc.com",
  ipHourlyLimit: 100,
  ipDailyLimit: 1_000,
  deviceHourlyLimit: 10,
  deviceDailyLimit: 50,
  blockEmulatedDevices: false,
  blockSimulatedClicks: true,
};
