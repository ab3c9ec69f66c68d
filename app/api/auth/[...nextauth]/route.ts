import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { getAuthOptions } from "@/server/auth/options";
import {
  CONSOLE_BODY_LIMIT_BYTES,
  TOO_LARGE_HEADERS,
  bodyTooLargeMessage,
  readLimitedBody,
  withBufferedBody,
} from "@/server/http/limited-body";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are read per request (not at import) so that `next build` needs no secret.
function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, getAuthOptions());
}

/**
 * NextAuth reads the body itself, whole: it gets a copy read here with the console's size limit,
 * so an oversized sign-in is refused before anything is buffered or parsed.
 */
async function post(request: Request, context: RouteContext) {
  const limited = await readLimitedBody(request, CONSOLE_BODY_LIMIT_BYTES);
  if (!limited.ok) {
    return Response.json(
      { error: "PAYLOAD_TOO_LARGE", message: bodyTooLargeMessage(CONSOLE_BODY_LIMIT_BYTES) },
      { status: 413, headers: TOO_LARGE_HEADERS },
    );
  }
  return handler(new NextRequest(withBufferedBody(request, limited.body)), context);
}

export { handler as GET, post as POST };
