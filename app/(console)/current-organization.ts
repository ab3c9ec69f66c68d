import { cookies } from "next/headers";
import { serverCaller } from "@/server/trpc/server-caller";

/** The cookie that remembers which organization the console shows; validated on every read. */
export const ORGANIZATION_COOKIE = "captcha-organization";

export async function loadOrganizations() {
  const organizations = await (await serverCaller()).organization.mine();
  const chosen = (await cookies()).get(ORGANIZATION_COOKIE)?.value;
  // A stale cookie (left the organization, or another user on this browser) falls back quietly.
  const current = organizations.find((organization) => organization.id === chosen) ?? organizations[0];
  return { organizations, current };
}
