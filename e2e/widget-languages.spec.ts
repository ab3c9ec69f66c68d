import { TEXTS } from "../widget/texts";
import { startBusinessSite } from "./runtime/business-site";
import { newCustomer, newScenario } from "./runtime/console-api";
import { openWithCaptcha } from "./runtime/widget";
import { expect, test } from "./fixtures/test";

/**
 * The widget in a customer's page (the guide's own snippet) with `language` set: Arabic reads
 * right to left, Japanese is Japanese. The texts come from widget/texts, as the bundle's do.
 */
type Site = Awaited<ReturnType<typeof startBusinessSite>>;
const sites: Site[] = [];
test.afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.close()));
});

test("the widget speaks Arabic right to left, and Japanese", async ({ page, browser }) => {
  const customer = await newCustomer(page);
  const keys = { accessKeyId: customer.accessKeyId, accessKeySecret: customer.accessKeySecret };
  const visitor = await (await browser.newContext()).newPage();

  const slider = await newScenario(page, customer, { verificationType: "SLIDER" });
  const arabic = await startBusinessSite({ context: { ...slider, language: "ar" }, page: "embed", ...keys });
  sites.push(arabic);
  await openWithCaptcha(visitor, arabic.url);
  const handle = visitor.getByRole("slider", { name: TEXTS.ar.SLIDER_LABEL, exact: true });
  await expect(handle).toBeVisible();
  const tip = visitor.getByText(TEXTS.ar.SLIDE_TIP, { exact: true });
  await expect(tip).toBeVisible();
  expect(await tip.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  expect(await handle.evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).toBe("ar");

  const oneClick = await newScenario(page, customer, { verificationType: "ONE_CLICK" });
  const japanese = await startBusinessSite({ context: { ...oneClick, language: "ja" }, page: "popup", ...keys });
  sites.push(japanese);
  await openWithCaptcha(visitor, japanese.url);
  await visitor.getByRole("button", { name: "Sign in", exact: true }).click();
  const dialog = visitor.getByRole("dialog", { name: TEXTS.ja.POPUP_TITLE });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: TEXTS.ja.START_VERIFY, exact: true })).toBeVisible();
  await expect(dialog.getByRole("button", { name: TEXTS.ja.CLOSE, exact: true })).toBeVisible();
  expect(await dialog.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
});
