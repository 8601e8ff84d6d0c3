// Publishing the programme on a phone, with and without JavaScript: a new coordinator fills in
// the centre's details and opening hours, publishes a weekly activity, finds it in the public
// agenda, and cancels one date, which the agenda then shows as cancelled. Every management page
// is checked with axe.
import { SMOKE, test, expect, checkPage, newCoordinator, unique, PASSWORD, weekdayAhead } from "./support";
import type { Page } from "@playwright/test";

test("a coordinator publishes a weekly activity, finds it in the agenda and cancels one date", SMOKE, async ({ page, guard }) => {
  const centre = await newCoordinator(page);
  await checkPage(page);

  // The centre's details.
  await page.getByRole("link", { name: "Gegevens", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Gegevens van ${centre}` })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Telefoonnummer").fill("038 123 45 67");
  await page.getByLabel("Toegankelijkheid").fill("Geen drempels. Er is een rustige kamer.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();

  // Opening hours: a wrong time gets a message next to the field and saves nothing.
  await page.getByRole("link", { name: "Openingstijden", exact: true }).click();
  await checkPage(page);
  const tuesdayMorning = page.locator("fieldset", { hasText: "Dinsdag" }).locator(".dagdeel").first();
  await tuesdayMorning.getByLabel("Open vanaf").fill("12:00");
  await tuesdayMorning.getByLabel("Tot").fill("10:00");
  await page.getByRole("button", { name: "Openingstijden opslaan" }).click();
  await expect(page.locator("fieldset", { hasText: "Dinsdag" }).getByText("De eindtijd moet na de begintijd komen.")).toBeVisible();
  await checkPage(page);
  const morning = page.locator("fieldset", { hasText: "Dinsdag" }).locator(".dagdeel").first();
  await morning.getByLabel("Open vanaf").fill("10:00");
  await morning.getByLabel("Tot").fill("12:30");
  await page.getByRole("button", { name: "Openingstijden opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();

  // A weekly activity with a neutral public title.
  await page.getByRole("link", { name: "Programma", exact: true }).click();
  await page.getByRole("link", { name: "Nieuwe activiteit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe activiteit" })).toBeVisible();
  await checkPage(page);
  const title = unique("Dinsdaggroep");
  const tuesday = weekdayAhead(2, 8);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Titel voor deelnemers").fill("Herstelgroep");
  await page.getByLabel("Omschrijving").fill("We praten over wat ons helpt.");
  await page.getByLabel("Herstel", { exact: true }).check();
  await page.getByLabel("Datum (de eerste keer)").fill(tuesday);
  await page.getByLabel("Begintijd").fill("10:00");
  await page.getByLabel("Eindtijd").fill("09:00");
  await page.getByLabel("Elke week of om de paar weken").check();
  await page.getByLabel("Dinsdag", { exact: true }).check();
  await page.getByLabel("Ruimte").fill("De huiskamer");
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText("De eindtijd moet na de begintijd komen.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  await checkPage(page);
  await page.getByLabel("Eindtijd").fill("12:00");
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText("De activiteit staat in de agenda.")).toBeVisible();
  await checkPage(page);

  // The public agenda shows it under its public title only.
  const agenda = `/activiteiten?weergave=week&datum=${tuesday}`;
  await page.goto(agenda);
  const card = page.locator(".card", { hasText: title });
  await expect(card.first()).toBeVisible();
  await expect(page.getByText("Herstelgroep")).toHaveCount(0);

  // Cancel the first date with a reason.
  await page.goBack();
  await page.getByRole("link", { name: /^Wijzigen of afzeggen/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Eén datum wijzigen" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Reden", { exact: true }).fill("De begeleider is ziek");
  await page.getByRole("button", { name: "Afzeggen" }).click();
  await expect(page.getByText("Deze datum gaat niet door.")).toBeVisible();

  await page.goto(agenda);
  const cancelled = page.locator(".card.cancelled", { hasText: title });
  await expect(cancelled.first()).toBeVisible();
  await expect(cancelled.first()).toContainText("Gaat niet door: De begeleider is ziek");
  await checkPage(page);

  // The series form says a change applies to all coming dates.
  await page.goto("/beheer");
  await page.getByRole("link", { name: centre, exact: true }).click();
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("link", { name: "Alle komende data wijzigen" }).click();
  await expect(page.getByText("Wat je hier wijzigt, geldt voor alle komende data.")).toBeVisible();
  await checkPage(page);
  await page.goBack();
  await page.getByRole("link", { name: `Terug naar ${centre}` }).click();
  await page.getByRole("link", { name: "Team", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Team van ${centre}` })).toBeVisible();
  await checkPage(page);
});
