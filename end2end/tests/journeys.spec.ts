// The journeys of issue 16 on a phone, with and without JavaScript: what a member sees of a
// cancelled date and of their remark, the staff screens that only ask what fits, the opening-hours
// form on the common phone widths, the one-row menu, the welcome and the "Over Kring" page.
import { test, expect, checkPage, logInAsAdmin, unique, openPart, savePart, anotherPhone, registerMember, dayAhead } from "./support";

test("a member's remark reaches the list, and a cancelled date says so in mijn week", async ({ page, browser, guard }) => {
  await logInAsAdmin(page);
  await page.goto("/beheer/centra/de-haven-zwolle/nieuw");
  // "Bij welke groep hoort deze bijeenkomst?" only for a group meeting.
  const groupChoice = page.getByRole("group", { name: "Bij welke groep hoort deze bijeenkomst?" });
  const kinds = page.getByRole("group", { name: "Soort" });
  await expect(groupChoice).toBeHidden();
  await kinds.getByLabel("Groepsbijeenkomst").check();
  await expect(groupChoice).toBeVisible();
  await kinds.getByLabel("Activiteit", { exact: true }).check();
  await expect(groupChoice).toBeHidden();
  await checkPage(page);

  const title = unique("Soepavond");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Omschrijving").fill("Samen soep maken en eten.");
  await page.getByLabel("Datum (de eerste keer)").fill(dayAhead(3));
  await page.getByLabel("Begintijd").fill("18:00");
  await page.getByLabel("Eindtijd").fill("20:00");
  await page.getByLabel("Ruimte").fill("De keuken");
  await page.getByLabel("Aanmelden is nodig").check();
  await page.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText("De activiteit staat in de agenda.")).toBeVisible();
  const manage = new URL(page.url()).pathname;
  const id = manage.split("/").pop();

  // A member without e-mail signs up with a remark.
  const member = await anotherPhone(browser, page);
  await registerMember(member, unique("Mo"));
  await expect(member.getByText("Wat wil je nu doen?")).toBeVisible();
  await expect(member.getByRole("link", { name: "Kijk wat er te doen is" })).toBeVisible();
  await expect(member.getByText("We hebben een mail gestuurd")).toHaveCount(0);
  await checkPage(member);
  await member.goto(`/activiteiten/${id}`);
  await member.getByLabel(/^Opmerking/).fill("Ik eet geen vlees");
  await member.getByRole("button", { name: "Aanmelden" }).click();
  await member.goto("/mijn-week");
  const card = member.locator(".card", { hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByText("Gaat niet door")).toHaveCount(0);

  // Those who run it see the remark; before cancelling, how many hear of it.
  await page.goto(manage);
  await page.getByRole("link", { name: /^Wie komt er\?/ }).first().click();
  await expect(page.getByText("Ik eet geen vlees")).toBeVisible();
  await checkPage(page);
  await page.goto(manage);
  await page.getByRole("link", { name: /^Wijzigen of afzeggen/ }).first().click();
  await expect(page.getByText("Aangemeld: 1. Van hen krijgen er 0 een mail.")).toBeVisible();
  await page.getByLabel("Reden", { exact: true }).fill("De kok is ziek");
  await page.getByRole("button", { name: "Afzeggen" }).click();
  await expect(page.getByText("Deze datum gaat niet door.")).toBeVisible();

  // The member has no mail, and sees it on the next visit: on the card, with the reason.
  await member.goto("/mijn-week");
  const cancelled = member.locator(".card", { hasText: title }).first();
  await expect(cancelled).toContainText("Gaat niet door");
  await expect(cancelled).toContainText("De kok is ziek");
  await expect(cancelled.getByText("Afmelden", { exact: true })).toHaveCount(0);
  await checkPage(member);
  await member.context().close();
});

test("the opening-hours form fits 390, 375 and 414 px phones", async ({ page, guard }) => {
  await logInAsAdmin(page);
  await page.goto("/beheer/centra/de-haven-zwolle/openingstijden");
  for (const width of [390, 375, 414]) {
    await page.setViewportSize({ width, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `no horizontal scroll at ${width} px`).toBeLessThanOrEqual(0);
    const rows = page.locator(".dagdeel");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const inputs = rows.nth(i).locator("input");
      const [from, to] = [await inputs.nth(0).boundingBox(), await inputs.nth(1).boundingBox()];
      expect(from && to, "both times shown").toBeTruthy();
      const apart = from!.x + from!.width <= to!.x + 0.5 || from!.y + from!.height <= to!.y + 0.5;
      expect(apart, `the two times of row ${i} do not overlap at ${width} px`).toBe(true);
      expect(to!.x + to!.width, `row ${i} fits at ${width} px`).toBeLessThanOrEqual(width);
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page);

  // The mail page says in Dutch where mail goes.
  await page.goto("/beheer/mail");
  await expect(page.getByText(/Mails die nog wachten/)).toBeVisible();
  await expect(page.getByText(/in de map|via de mailserver/)).toBeVisible();
  await checkPage(page);
});

test("the menu is one row on a phone, the rest under Meer; Over Kring is in the footer", async ({ page, guard }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  const box = await nav.boundingBox();
  expect(box!.height, "one row").toBeLessThanOrEqual(56);
  await expect(nav.getByRole("link", { name: "Centra" })).toBeHidden();
  await nav.getByText("Meer", { exact: true }).click();
  await expect(nav.getByRole("link", { name: "Centra" })).toBeVisible();
  await nav.getByRole("link", { name: "Over Kring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Over Kring" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wat is een zelfregiecentrum?" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Toegankelijkheid" })).toBeVisible();
  await checkPage(page);
  await page.goto("/centra/de-haven-zwolle");
  await expect(page.getByRole("link", { name: "Route plannen met je kaart-app" })).toHaveAttribute("href", /^geo:0,0\?q=/);
  await page.getByRole("link", { name: /^Over Kring: privacy/ }).click();
  await expect(page).toHaveURL(/\/over$/);

  // Logged in, the row holds Mijn week instead of Inloggen, still in one row at 390 and 375 px.
  await registerMember(page, unique("Rij"));
  for (const width of [390, 375]) {
    await page.setViewportSize({ width, height: 844 });
    const row = await page.getByRole("navigation", { name: "Hoofdmenu" }).boundingBox();
    expect(row!.height, `one row at ${width} px`).toBeLessThanOrEqual(56);
  }
});

test("suggestions come below today's programme and say their day", async ({ page, guard }) => {
  await registerMember(page, unique("Noa"));
  await page.goto("/mijn/profiel");
  await openPart(page, "Mijn wensen");
  await page.getByRole("group", { name: "Dit wil ik leren of doen" }).getByLabel("koken", { exact: true }).check();
  await savePart(page, "Mijn wensen");
  await page.goto("/");
  const suggestions = page.getByRole("region", { name: "Past bij jouw wensen" });
  await expect(suggestions).toBeVisible();
  const today = await page.getByRole("heading", { level: 2 }).first().boundingBox();
  const below = await suggestions.boundingBox();
  expect(below!.y, "below today's programme").toBeGreaterThan(today!.y);
  await expect(suggestions.locator(".card-time").first()).toContainText(/maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag/i);
  await checkPage(page);
});
