import { NextResponse, type NextRequest } from "next/server";

/**
 * Hands the requested path to server components (they cannot read the URL themselves), so the
 * console layout can send a signed-out visitor to /sign-in and back to this page afterwards.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
