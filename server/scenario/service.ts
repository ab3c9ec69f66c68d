import { announceChange } from "../database/change-notices";
import { newestFirstPage } from "../database/pages";
import { withUniqueRace } from "../database/unique-race";
import type { AuditAction } from "../audit/rules";
import { recordAudit, type Actor } from "../audit/service";
import type { Db } from "../db";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { randomLowercaseId } from "../organization/prefix";
import { rulePropagationMs } from "./propagation";
import { scenarioSearch } from "./search";
import {
  MESSAGES,
  nextRuleState,
  type CreateScenarioInput,
  type DeleteScenarioInput,
  type ListScenariosInput,
  type UpdateScenarioInput,
} from "./rules";

type Tx = Prisma.TransactionClient;

/** The fields a scenario shows in the console and API (never internal ids). */
const scenarioFields = {
  sceneId: true,
  name: true,
  integrationMethod: true,
  verificationType: true,
  additionalChallenge: true,
  ruleStatus: true,
  testResult: true,
  pendingFromTestResult: true,
  ruleEffectiveAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ScenarioSelect;

type ScenarioRow = Prisma.ScenarioGetPayload<{ select: typeof scenarioFields }>;

/** Adds what the console shows for a pending switch: the time it takes effect, if still ahead. */
function present(row: ScenarioRow, now: Date) {
  const pending = row.ruleEffectiveAt && row.ruleEffectiveAt > now ? row.ruleEffectiveAt : null;
  return { ...row, ruleTakesEffectAt: pending };
}

/** What the audit log keeps of a scenario: every setting a person can see or change. */
function auditSnapshot(row: ScenarioRow) {
  return {
    name: row.name,
    sceneId: row.sceneId,
    integrationMethod: row.integrationMethod,
    verificationType: row.verificationType,
    additionalChallenge: row.additionalChallenge,
    ruleStatus: row.ruleStatus,
    testResult: row.testResult,
    ruleEffectiveAt: row.ruleEffectiveAt?.toISOString() ?? null,
  };
}

/** A change of a scenario as the audit log records it: a create has no before, a delete no after. */
type ScenarioChange = { organizationId: string; actor: Actor; action: AuditAction } & (
  | { before: ScenarioRow; after?: ScenarioRow }
  | { before?: undefined; after: ScenarioRow }
);

/** Records a change in the audit log, in the change's transaction. */
function auditScenarioChange(tx: Tx, { before, after, ...change }: ScenarioChange) {
  const { sceneId, name } = after ?? (before as ScenarioRow);
  return recordAudit(tx, {
    ...change,
    target: { type: "scenario", id: sceneId, label: name },
    before: before && auditSnapshot(before),
    after: after && auditSnapshot(after),
  });
}

// Inputs arrive validated by the router's schemas from ./rules (the seed's rules included).

export async function listScenarios(db: Db, organizationId: string, input: ListScenariosInput, now = new Date()) {
  const where: Prisma.ScenarioWhereInput = {
    organizationId,
    integrationMethod: input.integrationMethod,
    verificationType: input.verificationType,
    ruleStatus: input.ruleStatus,
    ...scenarioSearch(input.search || undefined),
  };
  const page = await newestFirstPage(
    input,
    () => db.scenario.count({ where }),
    (bounds) => db.scenario.findMany({ where, select: scenarioFields, ...bounds }),
  );
  return { ...page, items: page.items.map((row) => present(row, now)) };
}

export async function getScenario(db: Db, organizationId: string, sceneId: string, now = new Date()) {
  const row = await db.scenario.findFirst({ where: { sceneId, organizationId }, select: scenarioFields });
  if (!row) throw new DomainError("NOT_FOUND", MESSAGES.notFound);
  return present(row, now);
}

// Checked before the insert: inside a PostgreSQL transaction a failed insert aborts everything.
async function unusedSceneId(tx: Tx): Promise<string> {
  for (;;) {
    const sceneId = randomLowercaseId(8);
    if (!(await tx.scenario.findUnique({ where: { sceneId }, select: { id: true } }))) return sceneId;
  }
}

async function assertNameFree(tx: Tx, organizationId: string, name: string, exceptSceneId?: string) {
  const clash = await tx.scenario.findFirst({
    where: { organizationId, name, ...(exceptSceneId && { NOT: { sceneId: exceptSceneId } }) },
    select: { id: true },
  });
  if (clash) throw new DomainError("CONFLICT", MESSAGES.nameTaken, "name");
}

/** Two saves racing for one name: the unique index decides, and the loser hears why. */
const withNameRace = <T>(work: () => Promise<T>) => withUniqueRace(work, new DomainError("CONFLICT", MESSAGES.nameTaken, "name"));

export async function createScenario(db: Db, actor: Actor, organizationId: string, input: CreateScenarioInput, now = new Date()) {
  const row = await withNameRace(() =>
    db.$transaction(async (tx) => {
      await assertNameFree(tx, organizationId, input.name);
      const created = await tx.scenario.create({
        data: {
          organizationId,
          sceneId: await unusedSceneId(tx),
          name: input.name,
          integrationMethod: input.integrationMethod,
          verificationType: input.verificationType,
          additionalChallenge: input.additionalChallenge ?? null,
          ruleStatus: input.ruleStatus,
          testResult: input.testResult ?? null,
        },
        select: scenarioFields,
      });
      await auditScenarioChange(tx, { organizationId, actor, action: "scenario.create", after: created });
      return created;
    }),
  );
  return present(row, now);
}

export async function updateScenario(db: Db, actor: Actor, organizationId: string, input: UpdateScenarioInput, now = new Date()) {
  const row = await withNameRace(() =>
    db.$transaction(async (tx) => {
      const before = await tx.scenario.findFirst({ where: { sceneId: input.sceneId, organizationId }, select: scenarioFields });
      if (!before) throw new DomainError("NOT_FOUND", MESSAGES.notFound);
      if (input.integrationMethod && input.integrationMethod !== before.integrationMethod) {
        throw new DomainError("BAD_REQUEST", MESSAGES.integrationMethodLocked, "integrationMethod");
      }
      if (before.version !== input.version) throw new DomainError("CONFLICT", MESSAGES.changedElsewhere);
      if (input.name !== before.name) await assertNameFree(tx, organizationId, input.name, input.sceneId);

      const rule = nextRuleState(before, { ruleStatus: input.ruleStatus, testResult: input.testResult ?? null }, now, rulePropagationMs());
      // The version in the filter makes the check and the write one atomic step: of two saves
      // that both read version N, only the first matches.
      const { count } = await tx.scenario.updateMany({
        where: { sceneId: input.sceneId, organizationId, version: input.version },
        data: {
          name: input.name,
          verificationType: input.verificationType,
          additionalChallenge: input.additionalChallenge ?? null,
          ...rule,
          version: { increment: 1 },
        },
      });
      if (count === 0) throw new DomainError("CONFLICT", MESSAGES.changedElsewhere);
      const after = await tx.scenario.findFirstOrThrow({ where: { sceneId: input.sceneId, organizationId }, select: scenarioFields });
      await auditScenarioChange(tx, { organizationId, actor, action: "scenario.update", before, after });
      return after;
    }),
  );
  announceChange({ kind: "scenario", sceneId: input.sceneId });
  return present(row, now);
}

export async function deleteScenario(db: Db, actor: Actor, organizationId: string, input: DeleteScenarioInput) {
  if (input.confirmSceneId.trim() !== input.sceneId) {
    throw new DomainError("BAD_REQUEST", MESSAGES.deleteConfirmation, "confirmSceneId");
  }
  await db.$transaction(async (tx) => {
    const scenario = await tx.scenario.findFirst({ where: { sceneId: input.sceneId, organizationId }, select: scenarioFields });
    if (!scenario) throw new DomainError("NOT_FOUND", MESSAGES.notFound);
    // Everything that hangs off a scenario (custom policy, usage, logs) is removed with it by the
    // foreign keys' ON DELETE CASCADE, inside this transaction.
    await tx.scenario.deleteMany({ where: { sceneId: input.sceneId, organizationId } });
    await auditScenarioChange(tx, { organizationId, actor, action: "scenario.delete", before: scenario });
  });
  announceChange({ kind: "scenario", sceneId: input.sceneId });
  return { sceneId: input.sceneId };
}
