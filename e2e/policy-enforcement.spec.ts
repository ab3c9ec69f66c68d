import { expect, test } from "./fixtures/test";
import { FIXTURES, signIn } from "./helpers";
import { startBusinessSite } from "./runtime/business-site";
import { CAPTCHA_ORIGIN, mutate, query } from "./runtime/console-api";
import { clientVerification, control, nextInitialization, openWithCaptcha, solve } from "./runtime/widget";

/**
 * Custom policies applied by the runtime, in the browser. The scenarios are seeded with policies
 * saved an hour ago (e2e/fixtures/seed.ts), so they are in force without the propagation wait.
 */
test("a custom policy in force: URL Verification, Block Simulated Clicks and the IP hourly limit", async ({ page, browser }) => {
  await page.goto("/sign-in");
  await signIn(page, FIXTURES.policyOwner);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  const [organization] = await query<{ id: string; prefix: string }[]>(page, "organization.mine");
  const key = await mutate<{ accessKeyId: string; accessKeySecret: string }>(page, "accessKey.create", {
    organizationId: organization.id,
    description: "policy test",
  });
  const siteFor = async (name: string) => {
    const { items } = await query<{ items: { sceneId: string }[] }>(page, "scenario.list", {
      organizationId: organization.id,
      search: name,
    });
    const context = {
      sceneId: items[0].sceneId,
      prefix: organization.prefix,
      baseUrl: CAPTCHA_ORIGIN,
      integrationMethod: "WEB_H5",
      verificationType: "ONE_CLICK",
      language: "en",
    } as const;
    return startBusinessSite({ context, page: "embed", ...key });
  };
  const visitor = await (await browser.newContext()).newPage();
  const signInResponse = () =>
    visitor.waitForResponse((response) => response.url().endsWith("/api/sign-in")).then((response) => response.json());

  // URL Verification "/checkout": refused on the home page, accepted on the checkout page.
  const urlSite = await siteFor(FIXTURES.urlPolicyScenario);
  try {
    let opened = await openWithCaptcha(visitor, urlSite.url);
    const refused = await clientVerification(visitor, () => solve(visitor, "ONE_CLICK", opened));
    expect(refused.Result).toMatchObject({ VerifyResult: false, VerifyCode: "F016" });
    await expect(visitor.getByRole("status")).toHaveText("Verification failed, try again");
    opened = await openWithCaptcha(visitor, `${urlSite.url}checkout`);
    const business = signInResponse();
    await clientVerification(visitor, () => solve(visitor, "ONE_CLICK", opened));
    expect(await business).toEqual({ passed: true, verifyCode: "T001" });
  } finally {
    await urlSite.close();
  }

  // Block Simulated Clicks, and at most 2 verifications an hour from one address.
  const strictSite = await siteFor(FIXTURES.strictPolicyScenario);
  try {
    const first = await openWithCaptcha(visitor, strictSite.url);
    let opened = first;
    const scripted = await clientVerification(visitor, async () => {
      opened = await nextInitialization(visitor, () => control(visitor, "ONE_CLICK").evaluate((button: HTMLElement) => button.click()));
    });
    expect(scripted.Result).toMatchObject({ VerifyResult: false, VerifyCode: "F024", CertifyId: first.certifyId });

    const business = signInResponse();
    await clientVerification(visitor, () => solve(visitor, "ONE_CLICK", opened));
    expect(await business).toEqual({ passed: true, verifyCode: "T001" });

    opened = await openWithCaptcha(visitor, strictSite.url);
    const limited = await clientVerification(visitor, () => solve(visitor, "ONE_CLICK", opened));
    expect(limited.Result).toMatchObject({ VerifyResult: false, VerifyCode: "F010" });
  } finally {
    await strictSite.close();
  }
});
