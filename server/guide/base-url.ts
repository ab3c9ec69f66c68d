/**
 * This server's public base URL, for the snippets of the integration guide. NEXTAUTH_URL wins
 * (it is the configured public address); otherwise the address the browser used to reach us.
 */
export function publicBaseUrl(headers: Headers): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const protocol = headers.get("x-forwarded-proto")?.split(",")[0] ?? "http";
  return `${protocol}://${host}`;
}
