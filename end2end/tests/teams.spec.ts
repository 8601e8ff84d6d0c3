// Running centres on a phone, with and without JavaScript: the admin makes a centre and an
// invitation; someone new accepts it and becomes the centre's coordinator.
import { test, expect, checkPage, unique, PASSWORD, logInAsAdmin } from "./support";

test("an admin makes a centre and invites its coordinator", async ({ page, guard }) => {
  await logInAsAdmin(page);
  await expect(page).toHaveURL(/\/mijn-account$/);

  await page.getByRole("link", { name: "Beheer", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await expect(page.getByText("Zet tweestapsverificatie aan.")).toBeVisible();
  await checkPage(page);
  const centre = unique("Centrum");
  await page.getByLabel("Naam van het centrum").fill(centre);
  await page.getByLabel("Plaats").fill("Zwolle");
  await page.getByLabel("Adres").fill("Kade 1");
  await page.getByRole("button", { name: "Centrum aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Team van ${centre}` })).toBeVisible();
  await expect(page.getByText("Het centrum is aangemaakt.")).toBeVisible();
  await checkPage(page);

  await page.getByLabel("Coördinator").check();
  await page.getByRole("button", { name: "Maak een uitnodiging" }).click();
  const link = await page.getByLabel("Uitnodigingslink").inputValue();
  expect(link).toMatch(/\/uitnodiging\?token=[\w-]{43}$/);
  await checkPage(page);
  await page.goto("/mijn-account");
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();

  // Someone new opens the link, makes an account and comes back to accept.
  const invitation = new URL(link);
  await page.goto(invitation.pathname + invitation.search);
  await expect(page.getByText(`Je bent uitgenodigd als coördinator bij ${centre}.`)).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Maak een account" }).click();
  await page.getByLabel("Bijnaam", { exact: true }).fill(unique("Coördinator"));
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page).toHaveURL(/\/uitnodiging\?token=/);
  await page.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(page.getByText("Welkom! Je bent nu coördinator van dit centrum.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Programma van ${centre}` })).toBeVisible();
});

test("the admin's two-step verification set-up page", async ({ page, guard }) => {
  await logInAsAdmin(page);
  await page.goto("/mijn-account");
  await page.getByRole("link", { name: "Tweestapsverificatie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tweestapsverificatie" })).toBeVisible();
  await checkPage(page);
  // The other project may have started the set-up for the same admin already.
  const start = page.getByRole("button", { name: "Tweestapsverificatie instellen" });
  if (await start.count()) await start.click();
  await expect(page.getByRole("img", { name: "QR-code voor je app" })).toBeVisible();
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  await checkPage(page);
});
