import { randomBytes } from "node:crypto";
import { createAccessKey } from "../access-key/service";
import type { Db } from "../db";
import type { CreateScenarioInput } from "../scenario/rules";
import { createScenario } from "../scenario/service";
import { createOrgWithMember } from "./factories";

/** An organization with an access key and one scenario (Official Release, Slider unless told otherwise). */
export async function customerWithScenario(db: Db, settings: Partial<CreateScenarioInput> = {}) {
  const { organization, user } = await createOrgWithMember(db);
  const actor = { userId: user.id, email: user.email };
  const key = await createAccessKey(db, actor, organization.id, "business server");
  const scenario = await createScenario(db, actor, organization.id, {
    name: `s_${randomBytes(3).toString("hex")}`,
    integrationMethod: "WEB_H5",
    verificationType: "SLIDER",
    ruleStatus: "OFFICIAL_RELEASE",
    ...settings,
  } as CreateScenarioInput);
  return { organization, actor, key, scenario, page: { prefix: organization.prefix, sceneId: scenario.sceneId } };
}

export type Customer = Awaited<ReturnType<typeof customerWithScenario>>;
