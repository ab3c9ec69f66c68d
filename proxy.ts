import { NextResponse, type NextRequest } from "next/server";

/**
 * Hands the requested path to server components (they cannot read the URL themselves), so the
 * console layout can send a signed-out visitor to /sign-in and back to this page afterwards.
 */
export function proxy(request: NextRequest) {
  // Alibaba Cloud's SDKs call their endpoint's root: "/" with an x-acs-action header (current
  // signature) or an Action parameter (the older one). Those calls go to the verification API.
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/" && request.method === "POST" && (request.headers.has("x-acs-action") || searchParams.has("Action"))) {
    return NextResponse.rewrite(new URL(`/api/openapi${request.nextUrl.search}`, request.url));
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
