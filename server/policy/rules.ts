import { z } from "zod";
import { sceneIdSchema, type IntegrationMethod } from "../scenario/rules";

/**
 * Captcha 2.0's custom policy (Security Management > Custom Policy) as plain data: the modes, the
 * defaults, the bounds and the one rule on which scenarios may have a custom policy. The form and
 * the API both read this module, so the console never offers what the server would refuse. Safe to
 * import in the browser.
 */

export const POLICY_MODES = {
  BASIC: {
    label: "Basic Mode",
    description: "The standard policy: balances user experience and security.",
  },
  ATTACK_AND_DEFENSE: {
    label: "Attack and Defense Mode",
    description: "A stricter policy for when you are under attack: it may cause some false positives.",
  },
} as const;
export type PolicyMode = keyof typeof POLICY_MODES;
export const POLICY_MODE_VALUES = Object.keys(POLICY_MODES) as [PolicyMode, ...PolicyMode[]];

/** What the Policy Type column shows: a scenario either runs the defaults or its own settings. */
export const POLICY_TYPES = { DEFAULT: "Default", CUSTOM: "Custom" } as const;
export type PolicyType = keyof typeof POLICY_TYPES;

/** Frequency limits count verification requests (not initialisations), per IP or device. */
export const LIMIT_MIN = 1;
export const LIMIT_MAX = 999_999_999;
export const URL_VERIFICATION_MAX_LENGTH = 255;

// A type alias rather than an interface, so a snapshot can be stored as JSON as it is.
export type PolicySettings = {
  mode: PolicyMode;
  /** Text the page URL must contain where the CAPTCHA is invoked; null means no check. */
  urlVerification: string | null;
  ipHourlyLimit: number;
  ipDailyLimit: number;
  deviceHourlyLimit: number;
  deviceDailyLimit: number;
  blockEmulatedDevices: boolean;
  blockSimulatedClicks: boolean;
};

export const DEFAULT_POLICY: Readonly<PolicySettings> = Object.freeze({
  mode: "BASIC",
  urlVerification: null,
  ipHourlyLimit: 4_000,
  ipDailyLimit: 10_000,
  deviceHourlyLimit: 150,
  deviceDailyLimit: 400,
  // The older zh documentation blocks emulated devices by default; newer docs give no default.
  blockEmulatedDevices: true,
  // Only the newer docs have this switch and none gives its default (unconfirmed upstream). Off,
  // because blocking it breaks apps that legitimately simulate touches (e.g. Vue touch-emulator).
  blockSimulatedClicks: false,
});

/** The form's labels and explanations, in one place for the page and the error messages. */
export const POLICY_FIELDS = {
  mode: { label: "Mode" },
  urlVerification: {
    label: "URL Verification",
    hint: "Optional. Text that must appear in the URL of the page where the CAPTCHA is invoked (partial match); leave it empty for no check.",
    example: { value: "www.abc.com", matches: ["www.abc.com/a", "www.abc.com/a/xxxx", "www.abc.com/b"] },
  },
  ipHourlyLimit: { label: "IP Hourly Limit" },
  ipDailyLimit: { label: "IP Daily Limit" },
  deviceHourlyLimit: { label: "Device Hourly Limit" },
  deviceDailyLimit: { label: "Device Daily Limit" },
  blockEmulatedDevices: {
    label: "Block Emulated Devices",
    hint: "Blocks virtual machines (VMware, VirtualBox, Hyper-V, Parallels), emulators (Android Virtual Device, BlueStacks) and desktop browsers that emulate a mobile device.",
  },
  blockSimulatedClicks: {
    label: "Block Simulated Clicks",
    hint: "Blocks clicks and slides simulated by scripts. Apps that simulate touch events themselves (for example Vue apps using touch-emulator) will fail verification.",
  },
} as const;

const WECHAT_NATIVE_PLUGIN: IntegrationMethod = "WECHAT_NATIVE_PLUGIN";

/** Captcha 2.0 offers no custom policy for the WeChat Mini Program Native Plugin. */
export function supportsCustomPolicy(integrationMethod: IntegrationMethod): boolean {
  return integrationMethod !== WECHAT_NATIVE_PLUGIN;
}

const formatted = (value: number) => value.toLocaleString("en-US");

export const POLICY_MESSAGES = {
  notSupported: "Custom policies are not supported for the WeChat Mini Program Native Plugin integration method.",
  limitRange: `Enter a whole number from ${formatted(LIMIT_MIN)} to ${formatted(LIMIT_MAX)}.`,
  dailyBelowHourly: "The daily limit cannot be lower than the hourly limit.",
  urlTooLong: `Use at most ${URL_VERIFICATION_MAX_LENGTH} characters.`,
  modeInvalid: "Choose Basic Mode or Attack and Defense Mode.",
  switchInvalid: "Choose on or off.",
  changedElsewhere: "This policy was changed by someone else. Reload it and make your changes again.",
} as const;

const limitSchema = z
  .number({ error: POLICY_MESSAGES.limitRange })
  .int(POLICY_MESSAGES.limitRange)
  .min(LIMIT_MIN, POLICY_MESSAGES.limitRange)
  .max(LIMIT_MAX, POLICY_MESSAGES.limitRange);

export const urlVerificationSchema = z
  .string({ error: "Enter text or leave the field empty." })
  .trim()
  // Counted in characters (code points), like the scenario name.
  .refine((value) => [...value].length <= URL_VERIFICATION_MAX_LENGTH, POLICY_MESSAGES.urlTooLong)
  .nullish()
  .transform((value) => value || null);

const settingsShape = {
  mode: z.enum(POLICY_MODE_VALUES, { error: POLICY_MESSAGES.modeInvalid }),
  urlVerification: urlVerificationSchema,
  ipHourlyLimit: limitSchema,
  ipDailyLimit: limitSchema,
  deviceHourlyLimit: limitSchema,
  deviceDailyLimit: limitSchema,
  blockEmulatedDevices: z.boolean({ error: POLICY_MESSAGES.switchInvalid }),
  blockSimulatedClicks: z.boolean({ error: POLICY_MESSAGES.switchInvalid }),
};

const isLimit = (value: unknown) => limitSchema.safeParse(value).success;

/** A daily limit below its hourly limit could never be reached; refused on the daily field. */
function withDailyAtLeastHourly<T extends z.ZodObject<typeof settingsShape & z.ZodRawShape>>(schema: T) {
  const pair = (hourly: "ipHourlyLimit" | "deviceHourlyLimit", daily: "ipDailyLimit" | "deviceDailyLimit") => ({
    check: (value: z.output<T>) => (value[daily] as number) >= (value[hourly] as number),
    params: {
      path: [daily],
      message: POLICY_MESSAGES.dailyBelowHourly,
      // Also checked when another field is wrong, so every mistake shows at once.
      when: ({ value }: { value: unknown }) => {
        const fields = value as Record<string, unknown> | null;
        return isLimit(fields?.[hourly]) && isLimit(fields?.[daily]);
      },
    },
  });
  const ip = pair("ipHourlyLimit", "ipDailyLimit");
  const device = pair("deviceHourlyLimit", "deviceDailyLimit");
  return schema.refine(ip.check, ip.params).refine(device.check, device.params);
}

export const policySettingsSchema = withDailyAtLeastHourly(z.object(settingsShape));

/** The version the editor loaded (0: no policy was ever saved); a save on top of another is refused. */
const versionSchema = z.number().int().min(0).max(2_147_483_647);

export const savePolicyInput = withDailyAtLeastHourly(z.object({ ...settingsShape, sceneId: sceneIdSchema, version: versionSchema }));
export type SavePolicyInput = z.output<typeof savePolicyInput>;

export const restoreDefaultInput = z.object({ sceneId: sceneIdSchema, version: versionSchema });
export type RestoreDefaultInput = z.output<typeof restoreDefaultInput>;

export const POLICY_PAGE_SIZES = [10, 20, 50] as const;
export const listPoliciesInput = z.object({
  search: z.string().trim().max(64).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(10),
});
export type ListPoliciesInput = z.output<typeof listPoliciesInput>;

/** The settings columns of a stored policy, in the order of PolicySettings. */
export function settingsOf(source: PolicySettings): PolicySettings {
  return {
    mode: source.mode,
    urlVerification: source.urlVerification,
    ipHourlyLimit: source.ipHourlyLimit,
    ipDailyLimit: source.ipDailyLimit,
    deviceHourlyLimit: source.deviceHourlyLimit,
    deviceDailyLimit: source.deviceDailyLimit,
    blockEmulatedDevices: source.blockEmulatedDevices,
    blockSimulatedClicks: source.blockSimulatedClicks,
  };
}

/** What the database keeps for a scenario's policy (server/policy/service.ts reads and writes it). */
export interface StoredPolicy extends PolicySettings {
  /** False after Restore Default: the columns are then ignored and the defaults apply. */
  isCustom: boolean;
  /** The policy in force before the last change, until `effectiveAt`; null means the defaults. */
  previousSettings: unknown;
  effectiveAt: Date;
}

export interface PolicyInForce {
  policyType: PolicyType;
  settings: PolicySettings;
}

const DEFAULTS_IN_FORCE = (): PolicyInForce => ({ policyType: "DEFAULT", settings: { ...DEFAULT_POLICY } });

/**
 * The policy the runtime applies at `now`. No stored policy means the defaults. A change only
 * takes effect at `effectiveAt`; until then the policy before it (`previousSettings`, null for
 * the defaults) answers. A previous snapshot that no longer passes today's rules counts as the
 * defaults rather than being applied half-valid.
 */
export function settingsInForce(stored: StoredPolicy | null, now: Date): PolicyInForce {
  if (!stored) return DEFAULTS_IN_FORCE();
  if (now < stored.effectiveAt) {
    if (stored.previousSettings == null) return DEFAULTS_IN_FORCE();
    const previous = policySettingsSchema.safeParse(stored.previousSettings);
    return previous.success ? { policyType: "CUSTOM", settings: previous.data } : DEFAULTS_IN_FORCE();
  }
  return stored.isCustom ? { policyType: "CUSTOM", settings: settingsOf(stored) } : DEFAULTS_IN_FORCE();
}

/** What a change stores as "previous": the settings in force when it was made (null: the defaults). */
export function previousSnapshot(inForce: PolicyInForce): PolicySettings | null {
  return inForce.policyType === "CUSTOM" ? inForce.settings : null;
}
