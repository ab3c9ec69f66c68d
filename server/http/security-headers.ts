/**
 * The console's security headers. Pages get a Content-Security-Policy with a fresh nonce per
 * response (Next.js puts it on its own scripts), so no inline script runs unless we wrote it, and
 * no other site may frame the console (clickjacking). The runtime's endpoints and the client
 * script are meant for customers' pages and keep their own CORS headers (server/runtime/http.ts).
 */
export function consoleContentSecurityPolicy(nonce: string, { development = false } = {}) {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts that Next's nonce-bearing scripts load are trusted too.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Server-rendered style attributes (the guide's highlighted code) need inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every console page carries besides the CSP. */
export const CONSOLE_PAGE_HEADERS: Record<string, string> = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};
