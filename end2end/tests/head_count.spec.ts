// Who came, on a phone, with and without JavaScript: a coordinator puts an activity on today's
// programme that began this morning and facilitates it; from mijn week ("Wat ik begeleid") they
// enter how many came, a number out of range first. axe on every page.
import { test, expect, checkPage, newCoordinator, unique, dayAhead } from "./support";

test("a facilitator enters how many came from mijn week", async ({ page, guard }) => {
  const coco = unique("Coco");
  await newCoordinator(page, coco);
  await page.getByRole("link", { name: "Nieuwe activiteit" }).click();
  const title = unique("Koffieochtend");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Omschrijving").fill("Koffie en een praatje.");
  await page.getByLabel("Datum (de eerste keer)").fill(dayAhead(0));
  await page.getByLabel("Begintijd").fill("09:00");
  await page.getByLabel("Eindtijd").fill("12:00");
  await page.getByRole("group", { name: "Begeleiders uit het team" }).getByLabel(coco).check();
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText("De activiteit staat in de agenda.")).toBeVisible();

  await page.goto("/mijn-week");
  await page.getByRole("link", { name: `Hoeveel mensen waren er?: ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wie waren er?" })).toBeVisible();
  await checkPage(page);
  const field = page.getByLabel("Hoeveel mensen waren er in totaal?");
  await field.fill("600");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Vul een aantal in van 0 tot en met 500.", { exact: true })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Hoeveel mensen waren er in totaal?").fill("8");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Opgeslagen. Dank je wel!")).toBeVisible();
  await expect(page.getByText("Opgeslagen: 8 mensen. Je kunt het nog veranderen.")).toBeVisible();
  await expect(page.getByLabel("Hoeveel mensen waren er in totaal?")).toHaveValue("8");
  await checkPage(page);
});
