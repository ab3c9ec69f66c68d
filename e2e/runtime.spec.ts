import { expect, test, type Page } from "./fixtures/test";
import { contentSecurityPolicyFor } from "../server/guide/snippets";
import { newCustomer, newScenario, type Customer, type ScenarioSettings } from "./runtime/console-api";
import { startBusinessSite, type BusinessPage } from "./runtime/business-site";
import {
  additional,
  clientVerification,
  control,
  nextInitialization,
  openWithCaptcha,
  press,
  solve,
  type VisibleChallenge,
} from "./runtime/widget";

/**
 * The runtime in a real browser: a customer's page built from the integration guide's snippets
 * embeds the widget served by this app, a person solves the challenge, and the customer's back end
 * verifies the token with the guide's Node.js snippet (Alibaba Cloud's official SDK).
 */
type Site = Awaited<ReturnType<typeof startBusinessSite>>;
const sites: Site[] = [];
test.afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.close()));
});

async function businessSite(customer: Customer, settings: ScenarioSettings, page: BusinessPage, consolePage: Page) {
  const context = await newScenario(consolePage, customer, settings);
  const site = await startBusinessSite({ context, page, accessKeyId: customer.accessKeyId, accessKeySecret: customer.accessKeySecret });
  sites.push(site);
  return { site, context };
}

/** What the customer's back end answered for the token its page sent (the guide's fetch to /api/sign-in). */
const signIn = (page: Page) =>
  page.waitForResponse((response) => response.url().endsWith("/api/sign-in")).then((response) => response.json());

const TYPES: { type: VisibleChallenge; label: string }[] = [
  { type: "ONE_CLICK", label: "One-click CAPTCHA" },
  { type: "SLIDER", label: "Slider CAPTCHA" },
  { type: "PUZZLE", label: "Puzzle Verification" },
  { type: "IMAGE_RESTORATION", label: "Image Restoration" },
];

for (const { type, label } of TYPES) {
  test(`${label}: solved in popup and embed mode, and the business server's verification passes`, async ({ page, browser }) => {
    const customer = await newCustomer(page);
    const context = await newScenario(page, customer, { verificationType: type });
    const keys = { accessKeyId: customer.accessKeyId, accessKeySecret: customer.accessKeySecret };

    // Popup: the page's own "Sign in" button opens the challenge in a dialog.
    const popupSite = await startBusinessSite({ context, page: "popup", ...keys });
    sites.push(popupSite);
    const visitor = await (await browser.newContext()).newPage();
    let opened = await openWithCaptcha(visitor, popupSite.url);
    await visitor.getByRole("button", { name: "Sign in", exact: true }).click();
    const dialog = visitor.getByRole("dialog", { name: "Security verification" });
    await expect(dialog).toBeVisible();
    let business = signIn(visitor);
    let answer = await clientVerification(visitor, () => solve(visitor, type, opened));
    expect(answer.Result).toMatchObject({ VerifyResult: true, VerifyCode: "T001" });
    expect(await business).toEqual({ passed: true, verifyCode: "T001" });
    // The success is announced, then the dialog closes.
    await expect(dialog).toBeHidden();

    // Embed: the challenge sits in the page itself.
    const embedSite = await startBusinessSite({ context, page: "embed", ...keys });
    sites.push(embedSite);
    opened = await openWithCaptcha(visitor, embedSite.url);
    await expect(visitor.getByRole("dialog")).toHaveCount(0);
    business = signIn(visitor);
    answer = await clientVerification(visitor, () => solve(visitor, type, opened));
    expect(answer.Result.VerifyCode).toBe("T001");
    expect(await business).toEqual({ passed: true, verifyCode: "T001" });
    await expect(visitor.getByRole("status")).toHaveText("Verification passed");
  });
}

test("Invisible CAPTCHA: an automated browser fails the background check, then solves the additional challenge", async ({ page }) => {
  const customer = await newCustomer(page);
  const { site } = await businessSite(customer, { verificationType: "INVISIBLE", additionalChallenge: "PUZZLE" }, "popup", page);
  const opened = await openWithCaptcha(page, site.url);
  await expect(page.getByRole("dialog")).toBeHidden();

  // Playwright's Chromium says navigator.webdriver and shows DevTools-protocol artefacts: however
  // human the click, the background check does not let it through silently.
  const first = await clientVerification(page, () => press(page, page.getByRole("button", { name: "Sign in", exact: true })));
  expect(first.Result).toMatchObject({ VerifyResult: false, VerifyCode: "F001" });
  expect(first.Next?.CaptchaType).toBe("PUZZLE");
  await expect(page.getByRole("dialog", { name: "Security verification" })).toBeVisible();

  const business = signIn(page);
  const second = await clientVerification(page, () => solve(page, "PUZZLE", additional(first)));
  expect(second.Result).toMatchObject({ VerifyResult: true, VerifyCode: "T001", CertifyId: opened.certifyId });
  expect(await business).toEqual({ passed: true, verifyCode: "T001" });
});

test("Invisible CAPTCHA in embed mode is refused through onError", async ({ page }) => {
  const customer = await newCustomer(page);
  const { site, context } = await businessSite(customer, { verificationType: "INVISIBLE", additionalChallenge: "SLIDER" }, "popup", page);
  await openWithCaptcha(page, site.url);
  const error = await page.evaluate(
    (sceneId) =>
      new Promise<{ code: string; message: string }>((resolve) => {
        // The guide's page keeps its instance in a global `let captcha`; one instance per page,
        // so it is destroyed before the embed attempt.
        // biome-ignore lint/security/noGlobalEval: reads the page's own global `let` binding
        (0, eval)("captcha").destroyCaptcha();
        (window as unknown as { initAliyunCaptcha(options: object): void }).initAliyunCaptcha({
          SceneId: sceneId,
          mode: "embed",
          element: "#captcha-element",
          button: "#captcha-button",
          onError: resolve,
        });
      }),
    context.sceneId,
  );
  expect(error).toEqual({ code: "InvalidParameter", message: "Invisible CAPTCHA supports popup mode only" });
});

test("a wrong answer fails with F015 and a new challenge follows; a replayed token gets F008; the Overview counts it all", async ({
  page,
  browser,
}) => {
  const customer = await newCustomer(page);
  const { site } = await businessSite(customer, { verificationType: "PUZZLE" }, "popup", page);
  const visitor = await (await browser.newContext()).newPage();
  const first = await openWithCaptcha(visitor, site.url);
  await press(visitor, visitor.getByRole("button", { name: "Sign in", exact: true }));

  // The piece dropped 40 px off its place: refused, explained, and replaced by a new challenge.
  let opened = first;
  const wrong = await clientVerification(visitor, async () => {
    opened = await nextInitialization(visitor, () => solve(visitor, "PUZZLE", first, { wrong: true }));
  });
  expect(wrong.Result).toMatchObject({ VerifyResult: false, VerifyCode: "F015" });
  expect(wrong.CaptchaVerifyParam).toBeUndefined();
  expect(opened.certifyId).not.toBe(first.certifyId);
  await expect(control(visitor, "PUZZLE")).toBeEnabled();

  const business = signIn(visitor);
  const right = await clientVerification(visitor, () => solve(visitor, "PUZZLE", opened));
  expect(right.Result.VerifyCode).toBe("T001");
  expect(await business).toEqual({ passed: true, verifyCode: "T001" });
  // The same token again, as an attacker replaying a captured request would send it.
  expect(await site.verify(right.CaptchaVerifyParam!)).toEqual({ passed: false, verifyCode: "F008" });

  await page.goto("/overview");
  const today = page.getByRole("region", { name: "Today's Summary Metrics" });
  await expect(today.getByLabel("Initialization Requests")).toHaveText("2");
  await expect(today.getByLabel("Verification Requests")).toHaveText("4");
  await expect(today.getByLabel("Intercepted CAPTCHAs")).toHaveText("2");
  await expect(today.getByLabel("Successful CAPTCHAs")).toHaveText("2");
});

test("V2: captchaVerifyCallback asks the business server, which decides; onBizResultCallback gets its answer", async ({ page }) => {
  const customer = await newCustomer(page);
  const { site } = await businessSite(customer, { verificationType: "PUZZLE" }, "v2", page);
  let opened = await openWithCaptcha(page, site.url);
  await press(page, page.getByRole("button", { name: "Sign in", exact: true }));

  // A wrong answer still hands the page a token in V2; the business server's check refuses it.
  const wrong = await clientVerification(page, async () => {
    opened = await nextInitialization(page, () => solve(page, "PUZZLE", opened, { wrong: true }));
  });
  expect(wrong.Result.VerifyCode).toBe("F015");
  expect(site.verifications.map((verification) => verification.verifyCode)).toEqual(["F015"]);
  await expect(page.getByRole("status", { name: "Business result" })).toHaveText("");

  await clientVerification(page, () => solve(page, "PUZZLE", opened));
  await expect(page.getByRole("status", { name: "Business result" })).toHaveText("Signed in");
  expect(site.verifications.map((verification) => verification.verifyCode)).toEqual(["F015", "T001"]);
});

test.describe("Test Mode returns the configured result without risk checks", () => {
  test("One-click and Slider: Pass Verification gives T005, Fail Verification gives F004", async ({ page }) => {
    const customer = await newCustomer(page);
    const { site: passing } = await businessSite(
      customer,
      { verificationType: "ONE_CLICK", ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" },
      "embed",
      page,
    );
    const opened = await openWithCaptcha(page, passing.url);
    const business = signIn(page);
    const passed = await clientVerification(page, () => solve(page, "ONE_CLICK", opened));
    expect(passed.Result).toMatchObject({ VerifyResult: true, VerifyCode: "T005" });
    expect(await business).toEqual({ passed: true, verifyCode: "T005" });

    const { site: failing } = await businessSite(
      customer,
      { verificationType: "SLIDER", ruleStatus: "TEST_MODE", testResult: "FAIL_VERIFICATION" },
      "embed",
      page,
    );
    const slider = await openWithCaptcha(page, failing.url);
    // Even a perfect drag fails: Test Mode answers what it was told to.
    const failed = await clientVerification(page, () => solve(page, "SLIDER", slider));
    expect(failed.Result).toMatchObject({ VerifyResult: false, VerifyCode: "F004" });
    await expect(page.getByRole("status")).toHaveText("Verification failed, drag the slider again");
    expect(failing.verifications).toEqual([]);
  });

  const INVISIBLE_CASES = [
    { challenge: "ONE_CLICK", testResult: "PASS_INVISIBLE", shows: null, code: "T005" },
    { challenge: "ONE_CLICK", testResult: "FAIL_INVISIBLE_PASS_CHALLENGE", shows: "ONE_CLICK", code: "T005" },
    { challenge: "SLIDER", testResult: "FAIL_INVISIBLE_AND_CHALLENGE", shows: "SLIDER", code: "F004" },
    { challenge: "PUZZLE", testResult: "PASS_INVISIBLE", shows: null, code: "T005" },
    { challenge: "IMAGE_RESTORATION", testResult: "FAIL_INVISIBLE", shows: null, code: "F004" },
  ] as const;
  test("Invisible CAPTCHA: each configured result, with the additional challenge where it says so", async ({ page }) => {
    test.slow(); // five scenarios, five business sites
    const customer = await newCustomer(page);
    for (const { challenge, testResult, shows, code } of INVISIBLE_CASES) {
      const { site } = await businessSite(
        customer,
        { verificationType: "INVISIBLE", additionalChallenge: challenge, ruleStatus: "TEST_MODE", testResult },
        "popup",
        page,
      );
      await openWithCaptcha(page, site.url);
      const business = code === "T005" ? signIn(page) : null;
      let answer = await clientVerification(page, () => page.getByRole("button", { name: "Sign in", exact: true }).click());
      if (shows) {
        expect(answer.Result.VerifyCode, testResult).toBe("F004");
        expect(answer.Next?.CaptchaType, testResult).toBe(shows);
        const next = additional(answer);
        answer = await clientVerification(page, () => solve(page, shows, next));
      } else {
        expect(answer.Next, testResult).toBeUndefined();
      }
      expect(answer.Result, testResult).toMatchObject({ VerifyResult: code === "T005", VerifyCode: code });
      if (business) expect(await business, testResult).toEqual({ passed: true, verifyCode: "T005" });
      else expect(site.verifications, testResult).toEqual([]);
    }
  });
});

test("keyboard only: Tab to the challenge, arrows and Enter, with the hint a screen reader announces", async ({ page }) => {
  const customer = await newCustomer(page);
  const { site: puzzle } = await businessSite(customer, { verificationType: "PUZZLE" }, "embed", page);
  const opened = await openWithCaptcha(page, puzzle.url);
  const slider = control(page, "PUZZLE");
  await expect(slider).toHaveAccessibleDescription(/Use the arrow keys to move the slider/);
  for (let presses = 0; presses < 5 && !(await slider.evaluate((node) => node === document.activeElement)); presses++)
    await page.keyboard.press("Tab");
  let business = signIn(page);
  const solved = await clientVerification(page, () => solve(page, "PUZZLE", opened, { keyboard: true }));
  expect(solved.Result.VerifyCode).toBe("T001");
  expect(await business).toEqual({ passed: true, verifyCode: "T001" });
  await expect(page.getByRole("status")).toHaveText("Verification passed");

  // Popup One-click: Enter on the page's button opens the dialog with focus on the challenge.
  const { site: oneClick } = await businessSite(customer, { verificationType: "ONE_CLICK" }, "popup", page);
  const clickable = await openWithCaptcha(page, oneClick.url);
  await page.getByRole("button", { name: "Sign in", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(control(page, "ONE_CLICK")).toBeFocused();
  business = signIn(page);
  const clicked = await clientVerification(page, () => solve(page, "ONE_CLICK", clickable, { keyboard: true }));
  expect(clicked.Result.VerifyCode).toBe("T001");
  expect(await business).toEqual({ passed: true, verifyCode: "T001" });
});

test("Webview+H5: the guide's hosted page hands the token to the Android app's JavaScript interface", async ({ page, browser }) => {
  const customer = await newCustomer(page);
  const { site } = await businessSite(customer, { verificationType: "SLIDER", integrationMethod: "WEBVIEW_H5" }, "webview", page);
  const webview = await (await browser.newContext()).newPage();
  // The mini program bridges are only there inside WeChat or Alipay; here they load as nothing.
  await webview.route(/res\.wx\.qq\.com|appx\//, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  // What Android's addJavascriptInterface(…, "testInterface") provides to the page.
  await webview.addInitScript(() => {
    (window as unknown as { testInterface: object }).testInterface = {
      getCaptchaVerifyParam: (param: string) => ((window as unknown as { delivered: string }).delivered = param),
    };
  });
  const opened = await openWithCaptcha(webview, site.url);
  await press(webview, webview.getByRole("button", { name: "Verify", exact: true }));
  await clientVerification(webview, () => solve(webview, "SLIDER", opened));
  const delivered = await webview.waitForFunction(() => (window as unknown as { delivered?: string }).delivered);
  expect(await site.verify((await delivered.jsonValue()) as string)).toEqual({ passed: true, verifyCode: "T001" });
});

test("the widget works under the Content-Security-Policy the guide gives, and without workers", async ({ page, browser }) => {
  const customer = await newCustomer(page);
  const context = await newScenario(page, customer, { verificationType: "PUZZLE" });
  // The guide's snippets are inline scripts: a page that keeps them inline allows them itself.
  const guidePolicy = `${contentSecurityPolicyFor(context.baseUrl).replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")}; default-src 'self'`;
  for (const policy of [guidePolicy, guidePolicy.replace("worker-src blob:", "worker-src 'none'")]) {
    const site = await startBusinessSite({
      context,
      page: "embed",
      accessKeyId: customer.accessKeyId,
      accessKeySecret: customer.accessKeySecret,
      contentSecurityPolicy: policy,
    });
    sites.push(site);
    const visitor = await (await browser.newContext()).newPage();
    const refused: string[] = [];
    visitor.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const opened = await openWithCaptcha(visitor, site.url);
    const business = signIn(visitor);
    const answer = await clientVerification(visitor, () => solve(visitor, "PUZZLE", opened));
    expect(answer.Result.VerifyCode, policy).toBe("T001");
    expect(await business).toEqual({ passed: true, verifyCode: "T001" });
    // Only the worker may have been refused (then the proof of work ran on the page).
    expect(
      refused.filter((message) => !/worker/i.test(message)),
      policy,
    ).toEqual([]);
  }
});
