import { recordAudit, type Actor } from "../audit/service";
import { announceChange } from "../database/change-notices";
import type { Db } from "../db";
import { DomainError } from "../errors";
import { open, seal } from "../crypto/secret-box";
import { ACCESS_KEY_MESSAGES, newAccessKeyId, newAccessKeySecret } from "./rules";

/** What the console may show of a key: never the secret. */
const publicFields = { accessKeyId: true, description: true, enabled: true, createdAt: true, lastUsedAt: true } as const;

export function listAccessKeys(db: Db, organizationId: string) {
  return db.accessKey.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" }, select: publicFields });
}

/** Creates a key. The secret is returned this once, and stored only encrypted. */
export async function createAccessKey(db: Db, actor: Actor, organizationId: string, description: string) {
  const accessKeySecret = newAccessKeySecret();
  const key = await db.$transaction(async (tx) => {
    const created = await tx.accessKey.create({
      data: { organizationId, accessKeyId: newAccessKeyId(), secretCiphertext: seal(accessKeySecret), description },
      select: publicFields,
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "accessKey.create",
      target: { type: "accessKey", id: created.accessKeyId, label: created.accessKeyId },
      after: { accessKeyId: created.accessKeyId, description, enabled: true },
    });
    return created;
  });
  return { ...key, accessKeySecret };
}

async function change(db: Db, actor: Actor, organizationId: string, accessKeyId: string, enabled: boolean | null) {
  const changed = await db.$transaction(async (tx) => {
    const key = await tx.accessKey.findFirst({ where: { accessKeyId, organizationId }, select: publicFields });
    if (!key) throw new DomainError("NOT_FOUND", ACCESS_KEY_MESSAGES.notFound);
    const before = { accessKeyId, description: key.description, enabled: key.enabled };
    if (enabled === null) {
      await tx.accessKey.deleteMany({ where: { accessKeyId, organizationId } });
    } else {
      await tx.accessKey.updateMany({ where: { accessKeyId, organizationId }, data: { enabled } });
    }
    await recordAudit(tx, {
      organizationId,
      actor,
      action: enabled === null ? "accessKey.delete" : enabled ? "accessKey.enable" : "accessKey.disable",
      target: { type: "accessKey", id: accessKeyId, label: accessKeyId },
      before,
      after: enabled === null ? null : { ...before, enabled },
    });
    return { accessKeyId, enabled };
  });
  announceChange({ kind: "accessKey", accessKeyId });
  return changed;
}

export const setAccessKeyEnabled = (db: Db, actor: Actor, organizationId: string, accessKeyId: string, enabled: boolean) =>
  change(db, actor, organizationId, accessKeyId, enabled);
export const deleteAccessKey = (db: Db, actor: Actor, organizationId: string, accessKeyId: string) =>
  change(db, actor, organizationId, accessKeyId, null);

/** For request signatures: the key with its secret in clear, or null when unknown. */
export async function accessKeyForSigning(db: Db, accessKeyId: string) {
  const key = await db.accessKey.findUnique({
    where: { accessKeyId },
    select: { accessKeyId: true, organizationId: true, enabled: true, secretCiphertext: true },
  });
  if (!key) return null;
  return { accessKeyId: key.accessKeyId, organizationId: key.organizationId, enabled: key.enabled, secret: open(key.secretCiphertext) };
}

/** When this process last recorded each key's use, so verification rarely writes for it. */
const lastTouched = new Map<string, number>();

/**
 * Records use, at most once a minute per key: checked in memory first (no query at all on the
 * hot path), then in the database, so several instances also write about once a minute.
 */
export async function touchAccessKey(db: Db, accessKeyId: string, now = new Date()) {
  const aMinuteAgo = new Date(now.getTime() - 60_000);
  if ((lastTouched.get(accessKeyId) ?? 0) > aMinuteAgo.getTime()) return;
  lastTouched.set(accessKeyId, now.getTime());
  await db.accessKey.updateMany({
    where: { accessKeyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: aMinuteAgo } }] },
    data: { lastUsedAt: now },
  });
}
