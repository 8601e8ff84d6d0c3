// Volunteer hours on a phone, with and without JavaScript: a coordinator invites a volunteer,
// who writes down an afternoon of help ("Ik heb geholpen"; a mistake first), changes it, and
// sees it per month; the coordinator sees the volunteer's hours in the centre's overview. axe on
// every page, and no horizontal scroll at 320 px.
import { test, expect, checkPage, unique, PASSWORD, newCoordinator, anotherPhone, dayAhead } from "./support";

test("a volunteer writes down hours and the coordinator sees them", async ({ page, browser, guard }) => {
  const centre = await newCoordinator(page);
  await page.getByRole("link", { name: "Team", exact: true }).click();
  await page.getByRole("button", { name: "Maak een uitnodiging" }).click();
  const link = new URL(await page.getByLabel("Uitnodigingslink").inputValue());

  const vera = await anotherPhone(browser, page);
  const name = unique("Vera");
  await vera.goto(link.pathname + link.search);
  await vera.getByRole("link", { name: "Maak een account" }).click();
  await vera.getByLabel("Bijnaam", { exact: true }).fill(name);
  await vera.getByLabel("Wachtwoord").fill(PASSWORD);
  await vera.getByRole("button", { name: "Account maken" }).click();
  await vera.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await vera.waitForURL(/rol_nieuw=1/);
  await vera.goto("/beheer");
  await vera.getByRole("link", { name: "Mijn uren" }).click();
  await expect(vera.getByRole("heading", { level: 1, name: "Mijn uren" })).toBeVisible();
  await expect(vera.getByText("Er staan nog geen uren.")).toBeVisible();
  await checkPage(vera);

  // A mistake first: a message at the field, nothing saved.
  await vera.getByLabel("Welke dag?").fill(dayAhead(-1));
  await vera.getByLabel("Hoeveel uur?").fill("een middag");
  await vera.getByLabel("Wat heb je gedaan?").fill("Koken voor de vrijdaglunch");
  await vera.getByRole("button", { name: "Uren opslaan" }).click();
  await expect(vera.getByText("Schrijf het aantal uren als een getal, bijvoorbeeld 2 of 1,5 of 1:30.", { exact: true })).toBeVisible();
  await expect(vera.getByLabel("Wat heb je gedaan?")).toHaveValue("Koken voor de vrijdaglunch");
  await checkPage(vera);
  await vera.getByLabel("Hoeveel uur?").fill("3,5");
  await vera.getByRole("button", { name: "Uren opslaan" }).click();
  await expect(vera.getByText("Opgeslagen. Dank je wel voor je hulp!")).toBeVisible();
  const line = vera.getByRole("listitem").filter({ hasText: "Koken voor de vrijdaglunch" });
  await expect(line.getByText("3,5 uur")).toBeVisible();
  await checkPage(vera);

  // It was three hours after all.
  await line.getByText("Veranderen").click();
  await line.getByLabel("Hoeveel uur?").fill("3");
  await line.getByRole("button", { name: "Opslaan" }).click();
  await expect(vera.getByText("Veranderd.")).toBeVisible();
  await expect(vera.getByRole("listitem").filter({ hasText: "Koken voor de vrijdaglunch" }).getByText("3 uur", { exact: true })).toBeVisible();
  await expect(vera.getByRole("region", { name: "Per maand" })).toContainText("3 uur");
  await checkPage(vera);

  // The coordinator sees her hours in the centre's overview.
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Uren van vrijwilligers" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Uren van vrijwilligers" })).toBeVisible();
  await expect(page.getByText(`Wat de vrijwilligers van ${centre} deden`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("3 uur");
  await checkPage(page);
});
