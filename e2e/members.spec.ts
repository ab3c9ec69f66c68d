import { expect, test, type Browser, type Page } from "./fixtures/test";
import { PASSWORD, createScenario, goToScenarios, signUp, uniqueEmail } from "./helpers";

/** An alert with this text (Next.js also has an alert of its own that announces route changes). */
const alertSaying = (page: Page, text: string) => page.getByRole("alert").filter({ hasText: text });

async function goToMembers(page: Page) {
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
}

async function invite(page: Page, email: string, role: "Admin" | "Member" | "Viewer") {
  const form = page.getByRole("region", { name: "Invite member" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByRole("button", { name: "Invite member" }).click();
  await expect(form.getByRole("status")).toContainText(`Invitation for ${email} created`);
  await expect(form).toContainText("share the link by hand");
  return (await form.getByLabel("Invitation link").textContent())!.trim();
}

/** A new person opens the link signed out, creates an account through it, and joins. */
async function joinThroughLink(browser: Browser, link: string, email: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByText(`invited ${email} to join`)).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Scenarios", level: 1 })).toBeVisible();
  return page;
}

test("an owner invites teammates, who join through the link; an admin changes a role; a viewer cannot edit", async ({ page, browser }) => {
  test.slow(); // four people in four browsers
  await signUp(page, uniqueEmail("owner"));
  await goToScenarios(page);
  await createScenario(page, { name: "shared_login", type: "Slider CAPTCHA" });
  await goToMembers(page);

  const adminEmail = uniqueEmail("admin");
  const memberEmail = uniqueEmail("member");
  const adminLink = await invite(page, adminEmail, "Admin");
  const memberLink = await invite(page, memberEmail, "Member");
  const pending = page.getByRole("region", { name: "Pending invitations" });
  await expect(pending.getByRole("row").filter({ hasText: adminEmail })).toContainText("Admin");
  await expect(pending.getByRole("row").filter({ hasText: memberEmail })).toContainText("Member");

  const admin = await joinThroughLink(browser, adminLink, adminEmail);
  await expect(admin.getByRole("row").filter({ hasText: "shared_login" })).toBeVisible();
  await expect(admin.getByLabel("Signed in as")).toContainText("Admin");

  const member = await joinThroughLink(browser, memberLink, memberEmail);
  await expect(member.getByRole("row").filter({ hasText: "shared_login" })).toBeVisible();
  await expect(member.getByRole("button", { name: "Create Scenario" })).toBeVisible();

  // The links are single-use.
  const replay = await (await browser.newContext()).newPage();
  await replay.goto(adminLink);
  await expect(alertSaying(replay, "This invitation has already been used.")).toBeVisible();

  await goToMembers(admin);
  await admin.getByLabel(`Access level of ${memberEmail}`).selectOption({ label: "Viewer" });
  await expect(admin.getByRole("row").filter({ hasText: memberEmail })).toContainText("Viewer");

  await member.reload();
  await expect(member.getByRole("row").filter({ hasText: "shared_login" })).toBeVisible();
  await expect(member.getByRole("button", { name: "Create Scenario" })).toHaveCount(0);
  await expect(member.getByRole("row").filter({ hasText: "shared_login" }).getByRole("button", { name: "Modify" })).toHaveCount(0);
});

test("a link for someone else, or a broken link, joins nobody and says why", async ({ page, browser }) => {
  await signUp(page);
  await goToMembers(page);
  const invitedEmail = uniqueEmail("invited");
  const link = await invite(page, invitedEmail, "Member");

  const stranger = await (await browser.newContext()).newPage();
  await signUp(stranger, uniqueEmail("stranger"));
  await stranger.goto(link);
  await expect(alertSaying(stranger, `This invitation was sent to ${invitedEmail}`)).toBeVisible();

  await stranger.goto(`${link}x`);
  await expect(alertSaying(stranger, "This invitation link is not valid. Ask for a new invitation.")).toBeVisible();

  await page.getByRole("region", { name: "Pending invitations" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("No pending invitations.")).toBeVisible();
  await stranger.goto(link);
  await expect(alertSaying(stranger, "This invitation was revoked. Ask for a new invitation.")).toBeVisible();
});

test("the last owner cannot leave; a second organization appears in the switcher", async ({ page }) => {
  await signUp(page);
  await goToMembers(page);
  await page.getByRole("button", { name: "Leave" }).click();
  await expect(alertSaying(page, "An organization needs at least one owner")).toBeVisible();

  await page.getByRole("button", { name: "New organization" }).click();
  const dialog = page.getByRole("dialog", { name: "New organization" });
  await dialog.getByLabel("Organization name").fill("Side project");
  await dialog.getByRole("button", { name: "Create" }).click();
  const switcher = page.getByRole("combobox", { name: "Organization" });
  await expect(switcher.getByRole("option", { name: "Side project (Owner)" })).toBeAttached();
  expect(await switcher.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe("Side project (Owner)");
  await goToScenarios(page);
  await expect(page.getByRole("heading", { name: "No scenarios yet" })).toBeVisible();
});
