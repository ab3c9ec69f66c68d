import { announceChange } from "../database/change-notices";
import { newestFirstPage } from "../database/pages";
import { withUniqueRace } from "../database/unique-race";
import { recordAudit, type Actor } from "../audit/service";
import { scenarioSearch } from "../scenario/search";
import type { Db } from "../db";
import { DomainError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { rulePropagationMs } from "../scenario/propagation";
import { MESSAGES as SCENARIO_MESSAGES } from "../scenario/rules";
import {
  DEFAULT_POLICY,
  POLICY_MESSAGES,
  previousSnapshot,
  settingsInForce,
  settingsOf,
  supportsCustomPolicy,
  type ListPoliciesInput,
  type PolicySettings,
  type PolicyType,
  type RestoreDefaultInput,
  type SavePolicyInput,
} from "./rules";

type Tx = Prisma.TransactionClient;

const policyFields = {
  isCustom: true,
  mode: true,
  urlVerification: true,
  ipHourlyLimit: true,
  ipDailyLimit: true,
  deviceHourlyLimit: true,
  deviceDailyLimit: true,
  blockEmulatedDevices: true,
  blockSimulatedClicks: true,
  previousSettings: true,
  effectiveAt: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.CustomPolicySelect;

const scenarioFields = {
  id: true,
  sceneId: true,
  name: true,
  integrationMethod: true,
  customPolicy: { select: policyFields },
} satisfies Prisma.ScenarioSelect;

type ScenarioWithPolicy = Prisma.ScenarioGetPayload<{ select: typeof scenarioFields }>;
type PolicyRow = NonNullable<ScenarioWithPolicy["customPolicy"]>;

/** The policy as a scenario's page shows it: what is configured, and what is in force right now. */
function present(scenario: ScenarioWithPolicy, now: Date) {
  const row = scenario.customPolicy;
  const policyType: PolicyType = row?.isCustom ? "CUSTOM" : "DEFAULT";
  return {
    sceneId: scenario.sceneId,
    name: scenario.name,
    integrationMethod: scenario.integrationMethod,
    policyType,
    settings: row?.isCustom ? settingsOf(row) : { ...DEFAULT_POLICY },
    /** 0 until a policy is first saved; a save or restore names the version it started from. */
    version: row?.version ?? 0,
    /** When the last change takes effect, while it is still ahead. */
    takesEffectAt: row && row.effectiveAt > now ? row.effectiveAt : null,
    inForce: settingsInForce(row ?? null, now),
  };
}

/** What the audit log keeps of a policy: custom or default, and every setting. */
function auditSnapshot(policyType: PolicyType, settings: PolicySettings, effectiveAt?: Date) {
  return {
    isCustom: policyType === "CUSTOM",
    ...settings,
    ...(effectiveAt && { effectiveAt: effectiveAt.toISOString() }),
  };
}

/** The scenario with its policy, inside the caller's organization only, and able to have a policy. */
async function loadScenario(db: Db | Tx, organizationId: string, sceneId: string) {
  const scenario = await db.scenario.findFirst({ where: { sceneId, organizationId }, select: scenarioFields });
  if (!scenario) throw new DomainError("NOT_FOUND", SCENARIO_MESSAGES.notFound);
  if (!supportsCustomPolicy(scenario.integrationMethod)) throw new DomainError("PRECONDITION_FAILED", POLICY_MESSAGES.notSupported);
  return scenario;
}

function assertVersion(row: PolicyRow | null, version: number) {
  if ((row?.version ?? 0) !== version) throw new DomainError("CONFLICT", POLICY_MESSAGES.changedElsewhere);
}

/**
 * Writes the next state of a scenario's policy: the configured settings, what was in force until
 * now (kept in force until the propagation delay has passed, counted from this change) and the
 * next version. The version in the filter makes the check and the write one atomic step.
 */
async function writePolicy(
  tx: Tx,
  scenario: ScenarioWithPolicy,
  organizationId: string,
  next: { isCustom: boolean; settings: PolicySettings },
  version: number,
  now: Date,
) {
  const row = scenario.customPolicy;
  const data = {
    isCustom: next.isCustom,
    ...next.settings,
    // Null (the defaults) is stored as SQL NULL, as the schema documents.
    previousSettings: previousSnapshot(settingsInForce(row, now)) ?? Prisma.DbNull,
    effectiveAt: new Date(now.getTime() + rulePropagationMs()),
  };
  if (!row) {
    await tx.customPolicy.create({ data: { ...data, scenarioId: scenario.id } });
  } else {
    const { count } = await tx.customPolicy.updateMany({
      where: { scenarioId: scenario.id, version, scenario: { sceneId: scenario.sceneId, organizationId } },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("CONFLICT", POLICY_MESSAGES.changedElsewhere);
  }
  return tx.scenario.findFirstOrThrow({ where: { sceneId: scenario.sceneId, organizationId }, select: scenarioFields });
}

/** Two first saves racing: the unique scenarioId decides, and the loser hears why. */
const withFirstSaveRace = <T>(work: () => Promise<T>) =>
  withUniqueRace(work, new DomainError("CONFLICT", POLICY_MESSAGES.changedElsewhere));

/** What the Custom Policy list shows of each scenario. */
const listFields = {
  sceneId: true,
  name: true,
  integrationMethod: true,
  customPolicy: { select: { isCustom: true, effectiveAt: true, version: true } },
} satisfies Prisma.ScenarioSelect;

// Inputs arrive validated by the router's schemas from ./rules.

export async function listPolicies(db: Db, organizationId: string, input: ListPoliciesInput, now = new Date()) {
  const where: Prisma.ScenarioWhereInput = { organizationId, ...scenarioSearch(input.search || undefined) };
  const page = await newestFirstPage(
    input,
    () => db.scenario.count({ where }),
    (bounds) => db.scenario.findMany({ where, select: listFields, ...bounds }),
  );
  const items = page.items.map((row) => {
    const policy = row.customPolicy;
    return {
      sceneId: row.sceneId,
      name: row.name,
      integrationMethod: row.integrationMethod,
      supportsCustomPolicy: supportsCustomPolicy(row.integrationMethod),
      policyType: (policy?.isCustom ? "CUSTOM" : "DEFAULT") as PolicyType,
      version: policy?.version ?? 0,
      takesEffectAt: policy && policy.effectiveAt > now ? policy.effectiveAt : null,
    };
  });
  return { ...page, items };
}

export async function getPolicy(db: Db, organizationId: string, sceneId: string, now = new Date()) {
  return present(await loadScenario(db, organizationId, sceneId), now);
}

export async function savePolicy(db: Db, actor: Actor, organizationId: string, input: SavePolicyInput, now = new Date()) {
  const { sceneId, version, ...fields } = input;
  const settings = settingsOf(fields);
  const after = await withFirstSaveRace(() =>
    db.$transaction(async (tx) => {
      const before = await loadScenario(tx, organizationId, sceneId);
      assertVersion(before.customPolicy, version);
      const after = await writePolicy(tx, before, organizationId, { isCustom: true, settings }, version, now);
      const beforeView = present(before, now);
      await recordAudit(tx, {
        organizationId,
        actor,
        action: "policy.save",
        target: { type: "policy", id: sceneId, label: before.name },
        before: auditSnapshot(beforeView.policyType, beforeView.settings),
        after: auditSnapshot("CUSTOM", settings, after.customPolicy!.effectiveAt),
      });
      return after;
    }),
  );
  announceChange({ kind: "scenario", sceneId });
  return present(after, now);
}

/**
 * Restore Default: the scenario goes back to the defaults of ./rules (after the propagation
 * delay, like any change). A policy that is already the default is left as it is.
 */
export async function restoreDefaultPolicy(db: Db, actor: Actor, organizationId: string, input: RestoreDefaultInput, now = new Date()) {
  const after = await db.$transaction(async (tx) => {
    const before = await loadScenario(tx, organizationId, input.sceneId);
    assertVersion(before.customPolicy, input.version);
    if (!before.customPolicy?.isCustom) return before;
    const after = await writePolicy(tx, before, organizationId, { isCustom: false, settings: { ...DEFAULT_POLICY } }, input.version, now);
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "policy.restoreDefault",
      target: { type: "policy", id: input.sceneId, label: before.name },
      before: auditSnapshot("CUSTOM", settingsOf(before.customPolicy)),
      after: auditSnapshot("DEFAULT", { ...DEFAULT_POLICY }, after.customPolicy!.effectiveAt),
    });
    return after;
  });
  announceChange({ kind: "scenario", sceneId: input.sceneId });
  return present(after, now);
}
