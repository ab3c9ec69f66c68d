import { NextResponse, type NextRequest } from "next/server";
import { CONSOLE_PAGE_HEADERS, consoleContentSecurityPolicy } from "./server/http/security-headers";

/**
 * Runs before every console page: hands the requested path to server components (they cannot read
 * the URL themselves, and the console layout sends a signed-out visitor to /sign-in and back), and
 * sets the page's security headers with a fresh CSP nonce.
 */
export function proxy(request: NextRequest) {
  // (The runtime's paths, including Alibaba Cloud's SDK calls to "/", never reach Next: server/main.ts answers them.)
  const nonce = btoa(crypto.randomUUID());
  const policy = consoleContentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);
  // Next.js reads the policy from the request to put the nonce on the scripts it renders.
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(CONSOLE_PAGE_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|captcha/).*)"],
};
