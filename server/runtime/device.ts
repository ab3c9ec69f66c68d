import { createHmac, timingSafeEqual } from "node:crypto";
import { randomBytes } from "../crypto/random";
import { derivedKey, onServerKeyForgotten } from "../crypto/server-key";

/**
 * The device the custom policy's device limits count (F011). Counting an id the browser makes up
 * would let a script start over with a new id whenever it likes; this id is issued by the server,
 * signed, and kept by the widget in the browser's storage. A browser that throws its token away
 * gets a new one, and a fresh device weighs a little in the risk score (risk.ts), so starting over
 * is not free.
 */
let key: Buffer | undefined;
onServerKeyForgotten(() => (key = undefined));
const mac = (id: string) =>
  createHmac("sha256", (key ??= derivedKey("device")))
    .update(id)
    .digest()
    .subarray(0, 16)
    .toString("base64url");

export interface Device {
  id: string;
  token: string;
  /** Issued by this initialization: the browser brought no valid token. */
  fresh: boolean;
}

export function deviceFrom(token: string | undefined): Device {
  const [id, signature] = (token ?? "").split(".");
  if (id && signature && /^[A-Za-z0-9_-]{22}$/.test(id)) {
    const expected = Buffer.from(mac(id));
    const given = Buffer.from(signature);
    if (expected.length === given.length && timingSafeEqual(expected, given)) return { id, token: token!, fresh: false };
  }
  const issued = randomBytes(16).toString("base64url");
  return { id: issued, token: `${issued}.${mac(issued)}`, fresh: true };
}
