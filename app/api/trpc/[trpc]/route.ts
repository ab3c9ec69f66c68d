import { requestLocale } from "@/i18n/request-locale";
import { getSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { publicBaseUrl } from "@/server/http/public-url";
import { clientAddress } from "@/server/http/client-address";
import { handleTrpcRequest } from "@/server/trpc/http-handler";

function handler(request: Request) {
  return handleTrpcRequest(request, async () => {
    const session = await getSession();
    return {
      db: getDb(),
      session,
      baseUrl: publicBaseUrl(request.headers),
      clientAddress: clientAddress(request.headers),
      locale: await requestLocale(session),
    };
  });
}

export { handler as GET, handler as POST };
