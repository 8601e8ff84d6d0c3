// Giving as well as receiving, on a phone, with and without JavaScript: a member who wishes to
// learn something finds a member who offers it and asks for contact; the other accepts with a
// short answer. A coordinator adds a volunteer task (an error first); a member whose talent
// fits offers to help, and the coordinator sees it. Suggestions follow a profile, and a
// changed visibility hides a profile from others. axe on each page.
import { test, expect, checkPage, unique, openPart, savePart, anotherPhone, registerMember, logInAsAdmin } from "./support";
import type { Page } from "@playwright/test";

/// A new member, on their profile page.
async function register(page: Page, nickname: string) {
  await registerMember(page, nickname);
  await page.goto("/mijn/profiel");
}

const another = anotherPhone;

test("a member asks a findable member for contact, who accepts", async ({ page, browser, guard }) => {
  // Tess offers computer help and may be found for it.
  const tessName = unique("Tess");
  await register(page, tessName);
  await openPart(page, "Mijn talenten");
  await page.getByRole("group", { name: "Dit kan ik anderen bieden" }).getByLabel("computerhulp").check();
  await page.getByLabel("Wie wil leren wat ik kan bieden, mag mij vinden").check();
  await savePart(page, "Mijn talenten");

  // Vic wishes to learn it and finds her among the suggestions.
  const vic = await another(browser, page);
  const vicName = unique("Vic");
  await register(vic, vicName);
  await openPart(vic, "Mijn wensen");
  await vic.getByRole("group", { name: "Dit wil ik leren of doen" }).getByLabel("computerhulp").check();
  await savePart(vic, "Mijn wensen");
  await vic.goto("/");
  const people = vic.getByRole("region", { name: "Zij kunnen je iets leren" });
  await expect(people.getByText(tessName)).toBeVisible();
  await checkPage(vic);
  await people.getByRole("link", { name: `Vraag om contact: ${tessName}` }).click();
  await expect(vic.getByText(`${tessName} kan je helpen met: computerhulp`)).toBeVisible();
  await checkPage(vic);

  // Markup first: a message, nothing sent.
  await vic.getByLabel("Je bericht").fill("<b>hoi</b>");
  await vic.getByRole("button", { name: "Verstuur verzoek" }).click();
  await expect(vic.getByText("Gebruik geen < of > in je tekst.", { exact: true })).toBeVisible();
  await checkPage(vic);
  await vic.getByLabel("Je bericht").fill("Ik wil leren mailen met foto's.");
  await vic.getByRole("button", { name: "Verstuur verzoek" }).click();
  await expect(vic.getByText("Je verzoek is verstuurd.")).toBeVisible();
  await expect(vic.getByText("Nog geen antwoord.")).toBeVisible();
  await checkPage(vic);

  // Tess sees the request and accepts it with a short answer.
  await page.goto("/");
  await page.getByRole("link", { name: "Contactverzoeken en hulp" }).first().click();
  await expect(page.getByText(`${vicName} wil graag contact met je over: computerhulp`)).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: `Bekijken en antwoorden: ${vicName}` }).click();
  await expect(page.getByText("Ik wil leren mailen met foto's.")).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Je antwoord").fill("Ik ben dinsdag bij de inloop, kom maar langs.");
  await page.getByRole("button", { name: "Aannemen" }).click();
  await expect(page.getByText("Je hebt het verzoek aangenomen.")).toBeVisible();

  await vic.reload();
  await expect(vic.getByText("Aangenomen!")).toBeVisible();
  await expect(vic.getByText("Ik ben dinsdag bij de inloop, kom maar langs.")).toBeVisible();
  await vic.context().close();
});

test("a coordinator asks for help, a member whose talent fits offers it", async ({ page, browser, guard }) => {
  await logInAsAdmin(page);
  await page.goto("/beheer/centra/de-haven-zwolle");
  await page.getByRole("link", { name: "Vrijwilligerstaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Vrijwilligerstaken/ })).toBeVisible();
  await checkPage(page);

  // No talent chosen: a message, nothing saved.
  const title = unique("Foto's maken bij het zomerfeest");
  await page.getByLabel("Wat is de taak?").fill(title);
  await page.getByRole("button", { name: "Taak opslaan" }).click();
  await expect(page.getByText("Vul dit in.", { exact: true })).toBeVisible();
  await checkPage(page);
  await page.getByRole("group", { name: "Welke talenten passen erbij?" }).getByLabel("fotograferen").check();
  await page.getByLabel("Wanneer?").fill("zaterdagmiddag");
  await page.getByRole("button", { name: "Taak opslaan" }).click();
  await expect(page.getByText("Opgeslagen.", { exact: true })).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();

  // A member who photographs and likes to help sees it, and offers to help.
  const member = await another(browser, page);
  const memberName = unique("Fenna");
  await register(member, memberName);
  await openPart(member, "Mijn talenten");
  await member.getByRole("group", { name: "Hier ben ik goed in" }).getByLabel("fotograferen").check();
  await savePart(member, "Mijn talenten");
  await openPart(member, "Meehelpen");
  await member.getByLabel("Ik help graag mee in het centrum").check();
  await savePart(member, "Meehelpen");
  await member.goto("/mijn-week");
  const tasks = member.getByRole("region", { name: "Hier kun je helpen" });
  await expect(tasks.getByText(title)).toBeVisible();
  await checkPage(member);
  await tasks.getByRole("button", { name: `Ik help graag: ${title}` }).click();
  await expect(member.getByText("De coördinator van het centrum ziet dat je wilt helpen")).toBeVisible();
  await checkPage(member);

  await page.reload();
  const card = page.getByRole("listitem").filter({ hasText: title });
  await expect(card.getByText(memberName)).toBeVisible();
  await member.context().close();
});

test("suggestions follow the profile, and a changed visibility hides it", async ({ page, browser, guard }) => {
  await register(page, unique("Noor"));
  await openPart(page, "Mijn wensen");
  await page.getByRole("group", { name: "Dit wil ik leren of doen" }).getByLabel("koken", { exact: true }).check();
  await savePart(page, "Mijn wensen");
  await openPart(page, "Mijn talenten");
  await page.getByRole("group", { name: "Hier ben ik goed in" }).getByLabel("zingen").check();
  await page.getByRole("group", { name: "Wie ziet mijn talenten?" }).getByLabel("Alle deelnemers met een account").check();
  await savePart(page, "Mijn talenten");
  await page.goto("/");
  // Cooking activities come first in time; which ones depends on what other tests published.
  await expect(page.getByRole("region", { name: "Past bij jouw wensen" }).getByRole("link").first()).toBeVisible();
  await checkPage(page);

  await page.goto("/mijn/profiel");
  await page.getByRole("link", { name: "Bekijk als deelnemer" }).click();
  const profilePath = new URL(page.url()).pathname;
  const other = await another(browser, page);
  await register(other, unique("Otto"));
  await other.goto(profilePath);
  await expect(other.getByText("zingen")).toBeVisible();

  // Talents back to "only me": the other member no longer finds the profile.
  await page.goto("/mijn/profiel");
  await openPart(page, "Mijn talenten");
  await page.getByRole("group", { name: "Wie ziet mijn talenten?" }).getByLabel("Alleen ik").check();
  await savePart(page, "Mijn talenten");
  await other.goto(profilePath);
  await expect(other.getByText("zingen")).toHaveCount(0);
  await checkPage(other);
  await other.context().close();
});
