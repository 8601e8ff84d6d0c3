// Turven on a phone, with and without JavaScript: a coordinator invites a volunteer, who counts
// three visitors at the door (one for the first time) and takes one back; with JavaScript, two
// taps made while the phone is offline are sent once it is back online. The coordinator corrects
// yesterday's count (a mistake first). axe on every page; the buttons are at least 48 px high.
import { test, expect, checkPage, unique, PASSWORD, newCoordinator, anotherPhone, waitForIslands, dayAhead } from "./support";

test("a volunteer counts visitors at the door and a coordinator corrects a count", async ({ page, browser, guard }) => {
  const withJs = test.info().project.use.javaScriptEnabled !== false;
  const centre = await newCoordinator(page);
  await page.getByRole("link", { name: "Team", exact: true }).click();
  await page.getByRole("button", { name: "Maak een uitnodiging" }).click();
  const link = new URL(await page.getByLabel("Uitnodigingslink").inputValue());

  const vera = await anotherPhone(browser, page);
  await vera.goto(link.pathname + link.search);
  await vera.getByRole("link", { name: "Maak een account" }).click();
  await vera.getByLabel("Bijnaam", { exact: true }).fill(unique("Vera"));
  await vera.getByLabel("Wachtwoord").fill(PASSWORD);
  await vera.getByRole("button", { name: "Account maken" }).click();
  await vera.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await vera.waitForURL(/rol_nieuw=1/);
  await vera.goto("/beheer");
  await vera.getByRole("link", { name: `Turven bij ${centre}` }).click();
  await expect(vera.getByRole("heading", { level: 1, name: `Turven bij ${centre}` })).toBeVisible();
  const number = vera.locator(".tally-number");
  await expect(number).toHaveText("0");
  await checkPage(vera);
  if (withJs) await waitForIslands(vera);

  const visit = vera.getByRole("button", { name: "+1 Er komt iemand binnen" });
  for (const name of ["+1 Er komt iemand binnen", "+1 Voor het eerst hier", "−1 Vergissing"]) {
    const box = await vera.getByRole("button", { name }).boundingBox();
    expect(box!.height, name).toBeGreaterThanOrEqual(48);
  }
  await visit.click();
  await expect(number).toHaveText("1");
  await vera.getByRole("button", { name: "+1 Voor het eerst hier" }).click();
  await expect(number).toHaveText("2");
  await visit.click();
  await expect(number).toHaveText("3");
  await expect(vera.locator(".tally-first")).toHaveText("Voor het eerst: 1");
  await vera.getByRole("button", { name: "−1 Vergissing" }).click();
  await expect(number).toHaveText("2");
  if (withJs) await expect(vera.getByRole("status").filter({ hasText: "Eén teruggezet." })).toBeVisible();
  await vera.reload();
  await expect(number).toHaveText("2");
  await checkPage(vera);

  if (withJs) {
    // The wifi drops: the taps count on the phone at once and go to the server when it is back.
    await waitForIslands(vera);
    await vera.context().setOffline(true);
    await visit.click();
    await visit.click();
    await expect(number).toHaveText("4");
    await expect(vera.getByRole("status").filter({ hasText: "Geen verbinding" })).toBeVisible();
    await vera.context().setOffline(false);
    await expect(vera.getByRole("status").filter({ hasText: "Geteld." })).toBeVisible();
    await vera.reload();
    await expect(number).toHaveText("4");
  }

  // The coordinator corrects yesterday afternoon: a mistake first, then the right numbers.
  await page.getByRole("link", { name: "Turven", exact: true }).click();
  await expect(page.locator(".tally-number")).toHaveText(withJs ? "4" : "2");
  await expect(page.getByRole("heading", { name: "Een telling verbeteren" })).toBeVisible();
  await page.getByLabel("Dag", { exact: true }).fill(dayAhead(-1));
  await page.getByRole("group", { name: "Dagdeel" }).getByLabel("Middag").check();
  await page.getByLabel("Aantal bezoekers").fill("7");
  await page.getByLabel("Waarvan voor het eerst").fill("9");
  await page.getByRole("button", { name: "Verbeteren" }).click();
  await expect(page.getByText("Er kunnen niet meer mensen voor het eerst zijn gekomen dan er in totaal waren.", { exact: true })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Waarvan voor het eerst").fill("2");
  await page.getByRole("button", { name: "Verbeteren" }).click();
  await expect(page.getByText("De telling is verbeterd.")).toBeVisible();
  await expect(page.getByRole("table").getByRole("cell", { name: "7 (2)" })).toBeVisible();
  await expect(page.locator(".tally-log li").first()).toContainText("van 0 naar 7 (2)");
  await checkPage(page);
});
