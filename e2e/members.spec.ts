import { expect, test, type Browser, type Page } from "./fixtures/test";
import { PASSWORD, createScenario, goToScenarios, signIn, signUp, uniqueEmail } from "./helpers";

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

const navigationLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Console" }).getByRole("link", { name });

/** Signed in as the invited email on the invitation page: joins on Accept invitation, and only then. */
async function accept(page: Page) {
  await expect(page.getByRole("heading", { name: "Invitation" })).toBeVisible();
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByRole("heading", { name: "Scenarios", level: 1 })).toBeVisible();
}

/** A new person opens the link signed out, creates an account through it, and accepts. */
async function joinThroughLink(browser: Browser, link: string, email: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByText(`invited ${email} to join`)).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await accept(page);
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
  await expect(navigationLink(admin, "Access Keys")).toBeVisible();
  await expect(navigationLink(admin, "Audit Log")).toBeVisible();

  const member = await joinThroughLink(browser, memberLink, memberEmail);
  await expect(member.getByRole("row").filter({ hasText: "shared_login" })).toBeVisible();
  await expect(member.getByRole("button", { name: "Create Scenario" })).toBeVisible();
  // The navigation leaves out what a member would only be refused.
  await expect(navigationLink(member, "Members")).toBeVisible();
  await expect(navigationLink(member, "Access Keys")).toHaveCount(0);
  await expect(navigationLink(member, "Audit Log")).toHaveCount(0);

  // The links are single-use.
  const replay = await (await browser.newContext()).newPage();
  await replay.goto(adminLink);
  await expect(alertSaying(replay, "This invitation has already been used.")).toBeVisible();

  await goToMembers(admin);
  // Someone else's role, below owner: no question asked.
  await admin.getByLabel(`Access level of ${memberEmail}`).selectOption({ label: "Viewer" });
  await expect(admin.getByLabel(`Access level of ${memberEmail}`)).toHaveValue("VIEWER");
  await expect(admin.getByRole("dialog")).toHaveCount(0);

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
  await expect(stranger.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
  await expect(stranger.getByRole("button", { name: "Switch account" })).toBeVisible();
  await expect(stranger.getByRole("button", { name: "Sign out" })).toBeVisible();

  await stranger.goto(`${link}x`);
  await expect(alertSaying(stranger, "This invitation link is not valid. Ask for a new invitation.")).toBeVisible();

  await page.getByRole("region", { name: "Pending invitations" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("No pending invitations.")).toBeVisible();
  await stranger.goto(link);
  await expect(alertSaying(stranger, "This invitation was revoked. Ask for a new invitation.")).toBeVisible();
});

test("the last owner cannot leave or step down; a second organization appears in the switcher", async ({ page }) => {
  const email = await signUp(page);
  await goToMembers(page);
  await page.getByRole("button", { name: "Leave" }).click();
  await expect(alertSaying(page, "An organization needs at least one owner")).toBeVisible();

  // Stepping down asks first; the refusal shows in the dialog and nothing changes.
  await page.getByLabel(`Access level of ${email}`).selectOption({ label: "Viewer" });
  const stepDown = page.getByRole("dialog", { name: "Change your own role to Viewer?" });
  await stepDown.getByRole("button", { name: "Change my role" }).click();
  await expect(stepDown.getByRole("alert")).toHaveText(/An organization needs at least one owner/);
  await stepDown.getByRole("button", { name: "Cancel" }).click();
  await expect(stepDown).toBeHidden();
  await expect(page.getByLabel(`Access level of ${email}`)).toHaveValue("OWNER");

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

test("a signed-in invitee sees the organization, the role and what it allows, and joins only on Accept invitation", async ({
  page,
  browser,
}) => {
  const ownerEmail = await signUp(page, uniqueEmail("owner"));
  const organization = `${ownerEmail.split("@")[0]}'s organization`;
  await goToMembers(page);
  const inviteeEmail = uniqueEmail("invitee");
  const link = await invite(page, inviteeEmail, "Viewer");

  const invitee = await (await browser.newContext()).newPage();
  await signUp(invitee, inviteeEmail);
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Invitation" })).toBeVisible();
  const details = invitee.getByRole("definition");
  await expect(details.first()).toHaveText(organization);
  await expect(details.nth(1)).toHaveText("Viewer");
  const abilities = invitee.getByRole("list", { name: "As a viewer you will be able to:" });
  await expect(abilities.getByRole("listitem")).toHaveText([
    "see the organization and its members",
    "see scenarios, integration guides, custom policies and usage",
    "see alert rules and their notifications",
  ]);

  // Opening the link joined nobody: the invitation is still pending.
  await page.reload();
  await expect(page.getByRole("region", { name: "Pending invitations" }).getByRole("row").filter({ hasText: inviteeEmail })).toBeVisible();
  await expect(page.getByRole("region", { name: "Members", exact: true }).getByRole("row").filter({ hasText: inviteeEmail })).toHaveCount(
    0,
  );

  await accept(invitee);
  expect(
    await invitee.getByRole("combobox", { name: "Organization" }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
  ).toBe(`${organization} (Viewer)`);
  await page.reload();
  await expect(page.getByLabel(`Access level of ${inviteeEmail}`)).toHaveValue("VIEWER");
  await expect(page.getByText("No pending invitations.")).toBeVisible();
});

test("signed in with another account, Switch account signs out and comes back to the invitation after signing in", async ({
  page,
  browser,
}) => {
  test.slow(); // three sign-ups or sign-ins, each a deliberately slow password hash
  await signUp(page);
  await goToMembers(page);
  const invitedEmail = uniqueEmail("invited");
  const link = await invite(page, invitedEmail, "Member");

  const visitor = await (await browser.newContext()).newPage();
  const strangerEmail = await signUp(visitor, uniqueEmail("stranger"));
  await visitor.goto(link);
  await visitor.getByRole("button", { name: "Sign out" }).click();
  await expect(visitor).toHaveURL(/\/sign-in$/);

  // The sign-in form works once React has hydrated it (before, a submit would reload the page).
  await visitor.waitForLoadState("networkidle");
  await signIn(visitor, strangerEmail);
  await expect(visitor.getByRole("heading", { name: "Overview" })).toBeVisible();
  await visitor.goto(link);
  await expect(alertSaying(visitor, `You are signed in as ${strangerEmail}`)).toBeVisible();
  await visitor.getByRole("button", { name: "Switch account" }).click();
  await expect(visitor.getByRole("heading", { name: "Sign in" })).toBeVisible();
  // The invited person has no account yet: they create it from the sign-in page and come back.
  await visitor.getByRole("link", { name: "Create an account" }).click();
  await expect(visitor.getByRole("heading", { name: "Create your account" })).toBeVisible(); // not the sign-in form's Email
  await visitor.getByLabel("Email").fill(invitedEmail);
  await visitor.getByLabel("Password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByText(`invited ${invitedEmail} to join`)).toBeVisible({ timeout: 30_000 });
  await accept(visitor);
  await expect(visitor.getByLabel("Signed in as")).toContainText(invitedEmail);
  await expect(visitor.getByLabel("Signed in as")).toContainText("Member");
});

test("making someone an owner, and changing your own role, ask first and say what the person will be able to do", async ({
  page,
  browser,
}) => {
  test.slow(); // two people in two browsers
  const ownerEmail = await signUp(page, uniqueEmail("owner"));
  await goToMembers(page);
  const teammateEmail = uniqueEmail("teammate");
  await joinThroughLink(browser, await invite(page, teammateEmail, "Member"), teammateEmail);
  await page.reload();

  const teammateRole = page.getByLabel(`Access level of ${teammateEmail}`);
  await teammateRole.selectOption({ label: "Owner" });
  const promote = page.getByRole("dialog", { name: `Make ${teammateEmail} an owner?` });
  await expect(promote).toBeVisible();
  await expect(promote.getByRole("list", { name: `${teammateEmail} will be able to:` })).toContainText(
    "transfer ownership and delete the organization",
  );
  await expect(promote).toContainText(`As an owner, ${teammateEmail} can also change your role or remove you`);
  // Cancel changes nothing.
  await promote.getByRole("button", { name: "Cancel" }).click();
  await expect(promote).toBeHidden();
  await expect(teammateRole).toHaveValue("MEMBER");
  await page.reload();
  await expect(page.getByLabel(`Access level of ${teammateEmail}`)).toHaveValue("MEMBER");

  await page.getByLabel(`Access level of ${teammateEmail}`).selectOption({ label: "Owner" });
  await promote.getByRole("button", { name: "Make owner" }).click();
  await expect(promote).toBeHidden();
  await expect(page.getByLabel(`Access level of ${teammateEmail}`)).toHaveValue("OWNER");

  // Now that there is another owner, I may step down, after saying so.
  await page.getByLabel(`Access level of ${ownerEmail}`).selectOption({ label: "Admin" });
  const stepDown = page.getByRole("dialog", { name: "Change your own role to Admin?" });
  await expect(stepDown.getByRole("list", { name: `You (${ownerEmail}) will no longer be able to:` })).toHaveText(
    "transfer ownership and delete the organization",
  );
  await expect(stepDown.getByRole("list", { name: `You (${ownerEmail}) will be able to:` })).toContainText("read the audit log");
  await expect(stepDown).toContainText("You cannot undo this yourself: to be an owner again, ask an owner.");
  await stepDown.getByRole("button", { name: "Change my role" }).click();
  await expect(stepDown).toBeHidden();
  await expect(page.getByLabel("Signed in as")).toContainText("Admin");
  // An admin cannot touch an owner: the teammate's role is no longer a control.
  await expect(page.getByLabel(`Access level of ${teammateEmail}`)).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: teammateEmail })).toContainText("Owner");
});

test("transferring ownership asks first, naming the new owner and what each of you will be able to do", async ({ page, browser }) => {
  const ownerEmail = await signUp(page, uniqueEmail("owner"));
  await goToMembers(page);
  const teammateEmail = uniqueEmail("teammate");
  await joinThroughLink(browser, await invite(page, teammateEmail, "Admin"), teammateEmail);
  await page.reload();

  const settings = page.getByRole("region", { name: "Organization settings" });
  await settings.getByLabel("New owner").selectOption({ label: teammateEmail });
  await settings.getByRole("button", { name: "Transfer ownership" }).click();
  const transfer = page.getByRole("dialog", { name: `Transfer ownership to ${teammateEmail}?` });
  await expect(transfer.getByRole("list", { name: `${teammateEmail} will be able to:` })).toContainText(
    "transfer ownership and delete the organization",
  );
  await expect(transfer.getByRole("list", { name: `You (${ownerEmail}) will no longer be able to:` })).toHaveText(
    "transfer ownership and delete the organization",
  );
  await transfer.getByRole("button", { name: "Cancel" }).click();
  await expect(transfer).toBeHidden();
  await expect(page.getByLabel("Signed in as")).toContainText("Owner");

  await settings.getByRole("button", { name: "Transfer ownership" }).click();
  await transfer.getByRole("button", { name: "Transfer ownership" }).click();
  await expect(transfer).toBeHidden();
  await expect(page.getByLabel("Signed in as")).toContainText("Admin");
  await expect(page.getByRole("row").filter({ hasText: teammateEmail })).toContainText("Owner");
});
