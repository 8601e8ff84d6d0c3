// Signing up on a phone, with and without JavaScript: a visitor signs up with only a nickname,
// keeps the personal link, and cancels through it; the place is free again at once.
import { SMOKE, test, expect, checkPage, confirmStep, unique, logInAsAdmin, anotherPhone, dayAhead, registered } from "./support";

test("a visitor signs up with only a nickname and cancels through the personal link", SMOKE, async ({ page, guard }) => {
  await page.goto("/activiteiten?soort=activiteit&weergave=week");
  await page.getByRole("link", { name: "Samen koken en eten" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Samen koken en eten" })).toBeVisible();
  await checkPage(page);

  // A nickname that is too long gets a message next to the field.
  await page.getByLabel("Je bijnaam").fill("x".repeat(40));
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Kies een bijnaam van 2 tot 32 tekens.", { exact: true })).toBeVisible();
  await checkPage(page);

  const nickname = unique("Sam");
  await page.getByLabel("Je bijnaam").fill(nickname);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Je aanmelding" })).toBeVisible();
  await expect(page.getByText("Je bent aangemeld. Er is een plek voor je.")).toBeVisible();
  await expect(page.getByText(nickname)).toBeVisible();
  const link = await page.getByLabel("Je persoonlijke link").inputValue();
  expect(link).toMatch(/\/aanmelding\?token=[\w-]{43}$/);
  await checkPage(page);

  // Later, through the personal link: cancel with one tap.
  const personal = new URL(link);
  await page.goto(personal.pathname + personal.search);
  await confirmStep(page, "Afmelden", "Ja, meld me af");
  await expect(page.getByText("Je bent afgemeld. Je plek is vrij voor iemand anders.")).toBeVisible();
  await expect(page.getByText("Je hebt je afgemeld.")).toBeVisible();
  await expect(page.getByText("Afmelden", { exact: true })).toHaveCount(0);
  await checkPage(page);

  // The code page, without a code.
  await page.goto("/aanmelding");
  await expect(page.getByLabel("Je code")).toBeVisible();
  await checkPage(page);
});

test("two guests on one phone each keep their own sign-up", async ({ page, guard }) => {
  // A volunteer at the bar signs up two people in a row on the centre's phone.
  const signUp = async (nickname: string) => {
    await page.goto("/activiteiten?soort=activiteit&weergave=week");
    await page.getByRole("link", { name: "Samen koken en eten" }).first().click();
    await page.getByLabel("Je bijnaam").fill(nickname);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Je aanmelding" })).toBeVisible();
    await expect(page.getByText(nickname)).toBeVisible();
    await expect(page.getByText("Je was al aangemeld")).toHaveCount(0);
    return new URL(await page.getByLabel("Je persoonlijke link").inputValue());
  };
  const first = unique("Sam");
  const second = unique("Noor");
  const firstLink = await signUp(first);
  const secondLink = await signUp(second);
  expect(secondLink.search).not.toEqual(firstLink.search);
  await checkPage(page);
  // The first one's link still shows the first one's sign-up.
  await page.goto(firstLink.pathname + firstLink.search);
  await expect(page.getByText(first)).toBeVisible();
  await expect(page.getByText("Je bent aangemeld. Er is een plek voor je.")).toBeVisible();

  // Whoever has a code finds the page from the footer.
  await page.goto("/");
  await page.getByRole("link", { name: "Heb je een code van je aanmelding?" }).click();
  await expect(page.getByLabel("Je code")).toBeVisible();
});

test("a member signs up with one tap, sees it in mijn week and cancels", SMOKE, async ({ page, guard }) => {
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill(unique("Mila"));
  await page.getByLabel("Wachtwoord").fill("groene fiets op het dak");
  await page.getByRole("button", { name: "Account maken" }).click();
  await registered(page);

  await page.goto("/activiteiten?soort=activiteit&weergave=week");
  await page.getByRole("link", { name: "Samen koken en eten" }).first().click();
  await expect(page.getByText(/Je meldt je aan als Mila/)).toBeVisible();
  await expect(page.getByLabel("Je bijnaam")).toHaveCount(0);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Je bent aangemeld. Er is een plek voor je.")).toBeVisible();

  await page.getByRole("link", { name: "Mijn week" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn week" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Samen koken en eten" })).toBeVisible();
  await checkPage(page);
  await confirmStep(page, "Afmelden", "Ja, meld me af");
  await expect(page.getByText("Je bent afgemeld. Je plek is vrij voor iemand anders.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Samen koken en eten" })).toHaveCount(0);
  await checkPage(page);
});

test("a full activity offers the waitlist and gives a freed place to the next", SMOKE, async ({ page, browser, guard }) => {
  // The admin publishes an activity with one place.
  await logInAsAdmin(page);
  await page.goto("/beheer/centra/de-haven-zwolle/nieuw");
  const title = unique("Kleine kring");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Omschrijving").fill("Met z'n tweeën een spel spelen.");
  await page.getByLabel("Datum (de eerste keer)").fill(dayAhead(1));
  await page.getByLabel("Begintijd").fill("20:00");
  await page.getByLabel("Eindtijd").fill("21:00");
  await page.getByLabel("Ruimte").fill("De huiskamer");
  await page.getByLabel("Aanmelden is nodig").check();
  await page.getByLabel("Aantal plaatsen").fill("1");
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText("De activiteit staat in de agenda.")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop();

  // Two visitors, each on their own phone.
  const phone = () => anotherPhone(browser, page);
  const first = await phone();
  await first.goto(`/activiteiten/${id}`);
  await expect(first.getByText(/nog 1 plek/)).toBeVisible();
  await first.getByLabel("Je bijnaam").fill(unique("Eerste"));
  await first.getByRole("button", { name: "Aanmelden" }).click();
  await expect(first.getByText("Je bent aangemeld. Er is een plek voor je.")).toBeVisible();

  const second = await phone();
  const waiting = unique("Tweede");
  await second.goto(`/activiteiten/${id}`);
  await expect(second.getByText(/vol, je komt op de wachtlijst/)).toBeVisible();
  await checkPage(second);
  await second.getByLabel("Je bijnaam").fill(waiting);
  await second.getByLabel(/^E-mailadres/).fill("tweede@example.org");
  await second.getByRole("button", { name: "Op de wachtlijst" }).click();
  await expect(second.getByText("Je staat op de wachtlijst, op plek 1.")).toBeVisible();
  await checkPage(second);
  // With an address: reminders by mail, which can be switched off here.
  await second.getByRole("button", { name: "Zet herinneringen uit" }).click();
  await expect(second.getByRole("button", { name: "Zet herinneringen aan" })).toBeVisible();

  // The first cancels; the second has the place at once.
  await confirmStep(first, "Afmelden", "Ja, meld me af");
  await expect(first.getByText("Je bent afgemeld. Je plek is vrij voor iemand anders.")).toBeVisible();
  await second.reload();
  await expect(second.getByText("Je bent aangemeld. Er is een plek voor je.")).toBeVisible();
  await first.context().close();
  await second.context().close();

  // Who comes: only for those who run it, with the waitlist's order.
  await page.goto(`/beheer/activiteiten/${id}`);
  await page.getByRole("link", { name: /^Wie komt er\?/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Wie komt er?" })).toBeVisible();
  await expect(page.getByText(waiting)).toBeVisible();
  await expect(page.getByText("1 van de 1 plekken bezet")).toBeVisible();
  await checkPage(page);

  // A calendar link for mijn week: shown once, then switched off.
  await page.goto("/mijn-week");
  await checkPage(page);
  await page.getByRole("button", { name: "Maak mijn agenda-link" }).click();
  const feed = await page.getByLabel("Je agenda-link").inputValue();
  expect(feed).toMatch(/\/kalender\/[\w-]{43}\/kring\.ics$/);
  await checkPage(page);
  const calendar = await page.request.get(feed);
  expect(calendar.status()).toBe(200);
  expect(await calendar.text()).toContain("BEGIN:VCALENDAR");
  await page.getByRole("button", { name: "Zet mijn agenda-link uit" }).click();
  await expect(page.getByText("Je agenda-link is uit. De oude link werkt niet meer.")).toBeVisible();
  expect((await page.request.get(feed)).status()).toBe(404);

  // The admin's view of mail that did not arrive.
  await page.goto("/beheer/mail");
  await expect(page.getByRole("heading", { level: 1, name: "Mail" })).toBeVisible();
  await checkPage(page);
});
