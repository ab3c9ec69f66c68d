import { expect, test } from "./fixtures/test";
import { signUp, uniqueEmail } from "./helpers";
import { firstLink, waitForMail } from "./mail";
import { CONNECTED_URL } from "./ports";

// The app instance with email configured, sending to a real SMTP server on loopback.
test.use({ baseURL: CONNECTED_URL });

test("with email configured, an invitation arrives by email and its link opens the invitation", async ({ page, browser }) => {
  await signUp(page);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Members" }).click();
  const invitee = uniqueEmail("emailed");
  const form = page.getByRole("region", { name: "Invite member" });
  await form.getByLabel("Email").fill(invitee);
  await form.getByLabel("Role").selectOption({ label: "Member" });
  await form.getByRole("button", { name: "Invite member" }).click();
  await expect(form.getByRole("status")).toContainText("It was also sent by email.");

  const mail = await waitForMail(invitee, "invited");
  const link = firstLink(mail);
  expect(link).toBe((await form.getByLabel("Invitation link").textContent())!.trim());

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(link);
  await expect(stranger.getByRole("heading", { name: "Invitation" })).toBeVisible();
});
