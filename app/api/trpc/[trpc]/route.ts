import { getSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { publicBaseUrl } from "@/server/http/public-url";
import { clientAddress } from "@/server/http/client-address";
import { handleTrpcRequest } from "@/server/trpc/http-handler";

function handler(request: Request) {
  return handleTrpcRequest(request, async () => ({
    db: getDb(),
    session: await getSession(),
    baseUrl: publicBaseUrl(request.headers),
    clientAddress: clientAddress(request.headers),
  }));
}

export { handler as GET, handler as POST };
