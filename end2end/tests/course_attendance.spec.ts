// Course attendance on a phone, with and without JavaScript: a coordinator runs a course whose
// first session began this morning; a guest enrols in the whole course; the coordinator opens
// the course's list from mijn week, fills in who came to that session, and sees how often each
// participant came. The guest sees on their own page that they were there. axe on every page.
import { test, expect, checkPage, newCoordinator, unique, dayAhead, anotherPhone } from "./support";

const WEEKDAYS = ["Zondag", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag"];

test("a course facilitator ticks who came and the participant sees it", async ({ page, browser, guard }) => {
  const coco = unique("Coco");
  await newCoordinator(page, coco);
  await page.getByRole("link", { name: "Nieuwe activiteit" }).click();
  const title = unique("Cursus omgaan met geld");
  await page.getByLabel("Cursus", { exact: true }).check();
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Omschrijving").fill("Vier ochtenden over grip op je geld.");
  const today = dayAhead(0);
  await page.getByLabel("Datum (de eerste keer)").fill(today);
  await page.getByLabel("Begintijd").fill("09:00");
  await page.getByLabel("Eindtijd").fill("10:00");
  await page.getByLabel("Elke week of om de paar weken").check();
  await page.getByLabel(WEEKDAYS[new Date(`${today}T12:00:00Z`).getUTCDay()], { exact: true }).check();
  await page.getByLabel("Een aantal keer").check();
  await page.getByRole("spinbutton", { name: /^Aantal keer/ }).fill("4");
  await page.getByLabel("Aanmelden is nodig").check();
  await page.getByRole("group", { name: "Begeleiders uit het team" }).getByLabel(coco).check();
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText("De activiteit staat in de agenda.")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop();

  // A guest enrols in the whole course on their own phone.
  const guest = await anotherPhone(browser, page);
  const gijs = unique("Gijs");
  await guest.goto(`/activiteiten/${id}`);
  await guest.getByLabel("Je bijnaam").fill(gijs);
  await guest.getByRole("button", { name: "Aanmelden" }).click();
  await expect(guest.getByText("Je bent aangemeld. Er is een plek voor je.")).toBeVisible();
  const own = guest.url();
  await expect(guest.getByText(/Je was erbij op/)).toHaveCount(0);

  // The coordinator fills in this morning's session from the course's list.
  await page.goto("/mijn-week");
  await page.getByRole("link", { name: new RegExp(`^Wie komt er\\?: ${title}`) }).first().click();
  const register = page.getByRole("region", { name: "Wie kwam er?" });
  await expect(register.getByText("nog niet ingevuld")).toBeVisible();
  await checkPage(page);
  await register.getByRole("link", { name: /^Invullen: / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wie waren er?" })).toBeVisible();
  await page.getByLabel(gijs).check();
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Opgeslagen. Dank je wel!")).toBeVisible();
  await expect(page.getByText("Opgeslagen: 1 persoon. Je kunt het nog veranderen.")).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Terug naar de lijst van de cursus" }).click();
  await expect(register.getByText("1 persoon")).toBeVisible();
  await expect(page.getByText(`${gijs} · gast · was er 1 van de 1 keer`)).toBeVisible();
  await checkPage(page);

  // The guest sees it on their own page.
  await guest.goto(own);
  await expect(guest.getByText(/^Je was erbij op: /)).toBeVisible();
  await checkPage(guest);
});
