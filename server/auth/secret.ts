import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { dataDirectory } from "../database/location";

/**
 * The key that signs session cookies. NEXTAUTH_SECRET wins; otherwise one is generated on first
 * start and kept in the data folder, so a first run needs no configuration and sessions survive
 * restarts. (Several instances behind a load balancer must share NEXTAUTH_SECRET.)
 */
let cached: string | undefined;

export function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (cached) return cached;
  const file = path.join(dataDirectory(), "nextauth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      // "wx" fails if another process wrote it first; then that one's secret is the one to use.
      writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    } catch {}
    cached = readFileSync(file, "utf8").trim();
  }
  return cached;
}
