import { cache } from "react";
import { getSession } from "../auth/session";
import { getDb } from "../db";
import { createCaller } from "./root";

/** The tRPC caller for server components: same procedures and checks as the HTTP route. */
export const serverCaller = cache(async () => createCaller({ db: getDb(), session: await getSession() }));
