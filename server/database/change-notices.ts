/**
 * Changes the console makes that the runtime caches (server/runtime/directory.ts keeps scenarios
 * and access keys for a few seconds). Within one process the console announces them and the
 * runtime forgets at once; other instances learn within the cache's bound. The listeners live on
 * globalThis because the console (Next's bundle) and the runtime (dist/server.mjs) are separate
 * copies of this module in one process.
 */
export type Change = { kind: "accessKey"; accessKeyId: string } | { kind: "scenario"; sceneId: string };

const KEY = Symbol.for("captcha.changeListeners");
const holder = globalThis as unknown as { [KEY]?: Set<(change: Change) => void> };
const listeners = (holder[KEY] ??= new Set());

export function onChange(listener: (change: Change) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceChange(change: Change) {
  for (const listener of listeners) listener(change);
}
