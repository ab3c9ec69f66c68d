import { cache } from "react";
import { requestLocale } from "@/i18n/request-locale";
import { getSession } from "../auth/session";
import { getDb } from "../db";
import { createCaller } from "./root";

/** The tRPC caller for server components: same procedures and checks as the HTTP route. */
export const serverCaller = cache(async () => {
  const session = await getSession();
  return createCaller({ db: getDb(), session, locale: await requestLocale(session) });
});
