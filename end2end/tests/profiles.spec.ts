// A profile on a phone, with and without JavaScript: a member fills in talents and wishes,
// chooses who sees what, looks at it as another participant would, and another member sees
// exactly that. axe on each page.
import { SMOKE, test, expect, checkPage, openPart, savePart, unique, PASSWORD, anotherPhone, registered } from "./support";

test("a member fills a profile and others see only what was chosen", SMOKE, async ({ page, browser, guard }) => {
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill(unique("Sam"));
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await registered(page);

  await page.goto("/mijn-account");
  await page.getByRole("link", { name: "Mijn profiel: talenten en wensen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn profiel" })).toBeVisible();
  await checkPage(page);

  // Markup is refused with a message; nothing is saved.
  // The form comes in parts that each save on their own; a new profile opens at the first.
  await expect(page.getByLabel("Eigen woorden: hier ben ik goed in")).toBeHidden();
  await page.getByLabel("Iets over jezelf").fill("<b>Hallo</b>");
  await page.getByRole("button", { name: "Over mij opslaan" }).click();
  await expect(page.getByText("Gebruik geen < of > in je tekst.", { exact: true })).toBeVisible();
  await checkPage(page);

  await page.getByLabel("Naam die anderen zien").fill("Sam de Kok");
  await page.getByLabel("Iets over jezelf").fill("Ik woon sinds kort in Zwolle.");
  await savePart(page, "Over mij");
  await openPart(page, "Mijn talenten");
  await page.getByRole("group", { name: "Hier ben ik goed in" }).getByLabel("koken", { exact: true }).check();
  await page.getByLabel("Eigen woorden: hier ben ik goed in").fill("gitaar spelen");
  await page.getByRole("group", { name: "Wie ziet mijn talenten?" }).getByLabel("Alle deelnemers met een account").check();
  await savePart(page, "Mijn talenten");
  await checkPage(page);
  await openPart(page, "Mijn wensen");
  await page.getByRole("group", { name: "Dit wil ik leren of doen" }).getByLabel("computerhulp").check();
  await savePart(page, "Mijn wensen");
  // What was saved before stays saved.
  await openPart(page, "Over mij");
  await expect(page.getByLabel("Iets over jezelf")).toHaveValue("Ik woon sinds kort in Zwolle.");
  await openPart(page, "Mijn talenten");
  await expect(page.getByLabel("Eigen woorden: hier ben ik goed in")).toHaveValue("gitaar spelen");

  // As another participant would see it: talents, not the introduction or the wishes.
  await page.getByRole("link", { name: "Bekijk als deelnemer" }).click();
  await expect(page.getByText("Zo ziet een andere deelnemer je profiel.")).toBeVisible();
  await expect(page.getByText("gitaar spelen")).toBeVisible();
  await expect(page.getByText("Ik woon sinds kort in Zwolle.")).toHaveCount(0);
  await expect(page.getByText("computerhulp")).toHaveCount(0);
  await checkPage(page);
  const profilePath = new URL(page.url()).pathname;

  // Another member sees the same.
  const other = await anotherPhone(browser, page);
  const context = other.context();
  await other.goto("/registreren");
  await other.getByLabel("Bijnaam", { exact: true }).fill(unique("Otto"));
  await other.getByLabel("Wachtwoord").fill(PASSWORD);
  await other.getByRole("button", { name: "Account maken" }).click();
  await registered(other);
  await other.goto(profilePath);
  await expect(other.getByRole("heading", { level: 1, name: "Sam de Kok" })).toBeVisible();
  await expect(other.getByText("koken", { exact: true })).toBeVisible();
  await expect(other.getByText("computerhulp")).toHaveCount(0);
  await checkPage(other);
  await context.close();
});
