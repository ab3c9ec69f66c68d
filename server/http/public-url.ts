/**
 * This server's public base URL, for what points back at it: the integration guide's snippets and
 * invitation links. NEXTAUTH_URL wins (it is the configured public address); otherwise the address
 * the browser used to reach us; with no request at hand, the address NextAuth itself assumes.
 */
export function publicBaseUrl(headers?: Headers): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  if (!headers) return "http://localhost:3000";
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const protocol = headers.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  return `${protocol}://${host}`;
}
