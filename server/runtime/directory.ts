import { ServerKeyMismatch, open } from "../crypto/secret-box";
import { onChange } from "../database/change-notices";
import type { Sql } from "../database/sql";
import {
  DEFAULT_POLICY,
  settingsInForce,
  supportsCustomPolicy,
  type PolicyMode,
  type PolicySettings,
  type StoredPolicy,
} from "../policy/rules";
import { ruleInForce, type IntegrationMethod, type RuleState, type TestResult, type VerificationType } from "../scenario/rules";
import { TtlCache } from "./cache";

/**
 * What the runtime reads about customers: identity prefixes, scenarios with their rule and custom
 * policy, and access keys. Each is one indexed query on a miss, then kept for a few seconds, so a
 * busy scenario costs no query per call. The bounds are part of the product's promise:
 * - a scenario's type, rule status or policy change reaches the runtime within SCENARIO_TTL_MS
 *   (well inside the propagation delay the console announces);
 * - a disabled or deleted access key stops working within ACCESS_KEY_TTL_MS on every instance.
 * Changes made through the console of the same process apply at once (database/change-notices.ts).
 */
export const SCENARIO_TTL_MS = 2_000;
export const ACCESS_KEY_TTL_MS = 5_000;
const PREFIX_TTL_MS = 30_000;
const MISS_TTL_MS = 1_000;

export interface ScenarioRecord {
  id: string;
  sceneId: string;
  organizationId: string;
  prefix: string;
  integrationMethod: IntegrationMethod;
  verificationType: VerificationType;
  additionalChallenge: VerificationType | null;
  rule: RuleState;
  policy: StoredPolicy | null;
}

export interface AccessKeyRecord {
  accessKeyId: string;
  organizationId: string;
  enabled: boolean;
  /** In clear, for checking signatures; null when the server key cannot open it. */
  secret: string | null;
}

/** The rule and policy a scenario applies at `now`. */
export function scenarioInForce(
  scenario: ScenarioRecord,
  now: Date,
): {
  ruleStatus: RuleState["ruleStatus"];
  testResult: TestResult | null;
  mode: PolicyMode;
  settings: PolicySettings;
} {
  const rule = ruleInForce(scenario.rule, now);
  const settings = supportsCustomPolicy(scenario.integrationMethod)
    ? settingsInForce(scenario.policy, now).settings
    : { ...DEFAULT_POLICY };
  return { ...rule, mode: settings.mode, settings };
}

const SCENARIO_QUERY = `
  SELECT s."id", s."sceneId", s."organizationId", o."prefix", s."integrationMethod"::text, s."verificationType"::text,
         s."additionalChallenge"::text, s."ruleStatus"::text, s."testResult"::text, s."pendingFromTestResult"::text,
         s."ruleEffectiveAt"::text, p."isCustom", p."mode"::text, p."urlVerification", p."ipHourlyLimit", p."ipDailyLimit",
         p."deviceHourlyLimit", p."deviceDailyLimit", p."blockEmulatedDevices", p."blockSimulatedClicks",
         p."previousSettings", p."effectiveAt"::text
  FROM "Scenario" s
  JOIN "Organization" o ON o."id" = s."organizationId"
  LEFT JOIN "CustomPolicy" p ON p."scenarioId" = s."id"
  WHERE s."sceneId" = $1`;

type Row = Record<string, unknown>;
/** Timestamps are stored as UTC wall time (timestamp without time zone, as Prisma writes them) and read as text. */
const utc = (value: unknown): Date | null => (value == null ? null : new Date(`${String(value).replace(" ", "T")}Z`));

function scenarioFrom(row: Row): ScenarioRecord {
  return {
    id: row.id as string,
    sceneId: row.sceneId as string,
    organizationId: row.organizationId as string,
    prefix: row.prefix as string,
    integrationMethod: row.integrationMethod as IntegrationMethod,
    verificationType: row.verificationType as VerificationType,
    additionalChallenge: (row.additionalChallenge as VerificationType | null) ?? null,
    rule: {
      ruleStatus: row.ruleStatus as RuleState["ruleStatus"],
      testResult: (row.testResult as TestResult | null) ?? null,
      pendingFromTestResult: (row.pendingFromTestResult as TestResult | null) ?? null,
      ruleEffectiveAt: utc(row.ruleEffectiveAt),
    },
    policy:
      row.isCustom == null
        ? null
        : {
            isCustom: row.isCustom as boolean,
            mode: row.mode as PolicyMode,
            urlVerification: (row.urlVerification as string | null) ?? null,
            ipHourlyLimit: row.ipHourlyLimit as number,
            ipDailyLimit: row.ipDailyLimit as number,
            deviceHourlyLimit: row.deviceHourlyLimit as number,
            deviceDailyLimit: row.deviceDailyLimit as number,
            blockEmulatedDevices: row.blockEmulatedDevices as boolean,
            blockSimulatedClicks: row.blockSimulatedClicks as boolean,
            previousSettings: typeof row.previousSettings === "string" ? JSON.parse(row.previousSettings) : (row.previousSettings ?? null),
            effectiveAt: utc(row.effectiveAt)!,
          },
  };
}

export class Directory {
  private scenarios = new TtlCache<ScenarioRecord | null>(SCENARIO_TTL_MS, { missTtlMs: MISS_TTL_MS });
  private prefixes = new TtlCache<string | null>(PREFIX_TTL_MS, { missTtlMs: MISS_TTL_MS });
  private accessKeys = new TtlCache<AccessKeyRecord | null>(ACCESS_KEY_TTL_MS, { missTtlMs: MISS_TTL_MS });

  constructor(private readonly sql: Sql) {
    onChange((change) => {
      if (change.kind === "accessKey") this.accessKeys.forget(change.accessKeyId);
      else this.scenarios.forget(change.sceneId);
    });
  }

  /** The organization id behind an identity prefix. */
  organizationByPrefix(prefix: string): Promise<string | null> {
    return this.prefixes.get(prefix, async () => {
      const [row] = await this.sql.query<{ id: string }>(`SELECT "id" FROM "Organization" WHERE "prefix" = $1`, [prefix]);
      return row?.id ?? null;
    });
  }

  scenario(sceneId: string): Promise<ScenarioRecord | null> {
    return this.scenarios.get(sceneId, async () => {
      const [row] = await this.sql.query<Row>(SCENARIO_QUERY, [sceneId]);
      return row ? scenarioFrom(row) : null;
    });
  }

  accessKey(accessKeyId: string): Promise<AccessKeyRecord | null> {
    return this.accessKeys.get(accessKeyId, async () => {
      const [row] = await this.sql.query<{ accessKeyId: string; organizationId: string; enabled: boolean; secretCiphertext: string }>(
        `SELECT "accessKeyId", "organizationId", "enabled", "secretCiphertext" FROM "AccessKey" WHERE "accessKeyId" = $1`,
        [accessKeyId],
      );
      if (!row) return null;
      let secret: string | null = null;
      try {
        secret = open(row.secretCiphertext);
      } catch (error) {
        if (!(error instanceof ServerKeyMismatch)) throw error;
      }
      return { accessKeyId: row.accessKeyId, organizationId: row.organizationId, enabled: row.enabled, secret };
    });
  }

  /** Forgets what this process read, so that its own changes apply at once (tests, the console in-process). */
  forget() {
    this.scenarios.clear();
    this.prefixes.clear();
    this.accessKeys.clear();
  }
}
