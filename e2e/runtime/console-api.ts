import { expect, type Page } from "@playwright/test";
import type { GuideContext } from "../../server/guide/snippets";
import type { CreateScenarioInput } from "../../server/scenario/rules";
import { addAccount, signInWithApi } from "../helpers";

/**
 * Setup for the runtime tests through the console's own tRPC API, with the signed-in page's
 * session: the scenario and access-key pages have their own browser tests, and the runtime tests
 * need several scenarios quickly. Calls go through the same procedures and permission checks.
 */
const PORT = Number(process.env.E2E_PORT || 3100);
export const CAPTCHA_ORIGIN = `http://127.0.0.1:${PORT}`;
async function unwrap<T>(response: Awaited<ReturnType<Page["request"]["get"]>>): Promise<T> {
  const body = (await response.json()) as { result: { data: { json: T } } };
  expect(response.ok(), JSON.stringify(body)).toBe(true);
  return body.result.data.json;
}

export async function mutate<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  return unwrap<T>(await page.request.post(`/api/trpc/${procedure}`, { data: { json: input } }));
}

export async function query<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return unwrap<T>(await page.request.get(`/api/trpc/${procedure}${search}`));
}

export interface Customer {
  organizationId: string;
  prefix: string;
  accessKeyId: string;
  accessKeySecret: string;
}

/** A new person with their own organization and an access key for their business server. */
export async function newCustomer(page: Page): Promise<Customer> {
  await signInWithApi(page, await addAccount(page));
  const [organization] = await query<{ id: string; prefix: string }[]>(page, "organization.mine");
  const key = await mutate<{ accessKeyId: string; accessKeySecret: string }>(page, "accessKey.create", {
    organizationId: organization.id,
    description: "business server",
  });
  return { organizationId: organization.id, prefix: organization.prefix, ...key };
}

export type ScenarioSettings = Pick<CreateScenarioInput, "verificationType"> & Partial<Omit<CreateScenarioInput, "verificationType">>;

/** Creates a scenario and returns the guide's context for it (what its snippets are filled with). */
export async function newScenario(page: Page, customer: Customer, settings: ScenarioSettings): Promise<GuideContext> {
  const input = {
    name: `s_${Math.random().toString(36).slice(2, 10)}`,
    integrationMethod: "WEB_H5",
    ruleStatus: "OFFICIAL_RELEASE",
    ...settings,
  };
  const { sceneId } = await mutate<{ sceneId: string }>(page, "scenario.create", { organizationId: customer.organizationId, ...input });
  return {
    sceneId,
    prefix: customer.prefix,
    baseUrl: CAPTCHA_ORIGIN,
    integrationMethod: input.integrationMethod as GuideContext["integrationMethod"],
    verificationType: input.verificationType,
    language: "en",
  };
}
