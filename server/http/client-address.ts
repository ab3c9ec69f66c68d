import { randomBytes } from "node:crypto";
import { BlockList, isIP } from "node:net";

/**
 * The address a request came from, for rate limits (sign-in, sign-up, the CAPTCHA's IP limits).
 *
 * X-Forwarded-For is a list the client can start itself, so by default only the socket's address
 * counts. Behind reverse proxies, TRUSTED_PROXIES (addresses and CIDR ranges, comma-separated)
 * names them: for a request from one of them, the right-most X-Forwarded-For entry that is not a
 * trusted proxy is the client (entries further left were written by whoever sent the request).
 */
export type TrustedProxies = BlockList;

const typeOf = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed.toLowerCase();
}

export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const entry of (setting ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const normalized = normalizeAddress(address);
    if (!isIP(normalized)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (prefix === undefined) list.addAddress(normalized, typeOf(normalized));
    else {
      const bits = Number(prefix);
      const max = isIP(normalized) === 6 ? 128 : 32;
      if (!Number.isInteger(bits) || bits < 0 || bits > max) throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(normalized, bits, typeOf(normalized));
    }
  }
  return list;
}

/** Trusted or not, remembered per address: every request asks about its socket's address. */
const verdicts = new WeakMap<TrustedProxies, Map<string, boolean>>();
function isTrusted(trusted: TrustedProxies, address: string): boolean {
  let known = verdicts.get(trusted);
  if (!known) verdicts.set(trusted, (known = new Map()));
  let verdict = known.get(address);
  if (verdict === undefined) {
    verdict = isIP(address) !== 0 && trusted.check(address, typeOf(address));
    if (known.size > 10_000) known.clear(); // addresses seen on forwarded lists can be anything
    known.set(address, verdict);
  }
  return verdict;
}

export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let client = normalizeAddress(socketAddress ?? "");
  if (!client) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean);
  while (isTrusted(trusted, client) && hops.length > 0) {
    const next = hops.pop()!;
    if (!isIP(next)) break; // garbage written by someone: stop at the last address we can vouch for
    client = next;
  }
  return client;
}

/**
 * Handing the address to Next's route handlers: the server process (server/main.ts) resolves it
 * from the socket and puts it in a header with a secret only this process knows, so that a header
 * a client sends (or a server started some other way) is never believed.
 */
export const CLIENT_ADDRESS_HEADER = "x-captcha-client-address";
const SECRET_KEY = Symbol.for("captcha.clientAddressSecret");
const holder = globalThis as unknown as Record<symbol, string | undefined>;

export function clientAddressSecret(): string {
  return (holder[SECRET_KEY] ??= randomBytes(16).toString("hex"));
}

export function clientAddressHeaderValue(address: string) {
  return `${clientAddressSecret()} ${address}`;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** The client address that server/main.ts vouched for, or "unknown" when it did not serve this request. */
export function clientAddress(headers: HeaderSource): string {
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const secret = holder[SECRET_KEY];
  if (!value || !secret || !value.startsWith(`${secret} `)) return "unknown";
  return value.slice(secret.length + 1).slice(0, 64);
}
