import type { Db } from "../db";

/**
 * Signature nonces seen recently, shared by every instance through the database. A nonce needs
 * remembering only while a request carrying it could still pass the timestamp check (15 minutes
 * either way), so older ones are deleted.
 */
export const NONCE_MEMORY_MS = 2 * 15 * 60_000;
const PRUNE_EVERY_MS = 5 * 60_000;

/** True when this nonce is new for this access key (and is now taken). */
export async function claimSignatureNonce(db: Db, accessKeyId: string, nonce: string, now = new Date()): Promise<boolean> {
  await pruneNonces(db, now);
  const inserted = await db.$executeRaw`
    INSERT INTO "SignatureNonce" ("accessKeyId", "nonce", "createdAt") VALUES (${accessKeyId}, ${nonce.slice(0, 128)}, ${now})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

const lastPruned = new WeakMap<Db, number>();

async function pruneNonces(db: Db, now: Date) {
  if (now.getTime() - (lastPruned.get(db) ?? 0) < PRUNE_EVERY_MS) return;
  lastPruned.set(db, now.getTime());
  await db.signatureNonce.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - NONCE_MEMORY_MS) } } });
}
