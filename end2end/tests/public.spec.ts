// The public journeys of issue 2 on a phone: home, agenda with filters, an activity, a centre,
// switching language. Each runs with and without JavaScript (see playwright.config.ts).
import { SMOKE, test, expect, checkPage, waitForIslands } from "./support";

test("the home page shows today, the coming days and whether each inloop is open", SMOKE, async ({ page, guard }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Vandaag · Kring");
  await expect(page.getByRole("heading", { level: 1, name: "Wat is er vandaag?" })).toBeVisible();
  // The demo centres (other tests may add centres without hours to the same database).
  for (const name of ["Zelfregiecentrum De Haven", "Herstelcentrum Het Anker"]) {
    const status = page.locator(".centre-status", { hasText: name }).locator(".status");
    await expect(status).toHaveText(/^(Nu open, tot \d\d:\d\d|Nu dicht\. Open .+ om \d\d:\d\d)$/);
  }
  await expect(page.locator("section[aria-labelledby=vandaag] .card").first()).toBeVisible();
  await checkPage(page);
});

test("filtering the agenda by kind and day", async ({ page, guard }) => {
  await page.goto("/activiteiten");
  await expect(page.getByRole("heading", { level: 1, name: "Agenda" })).toBeVisible();
  await expect(page.getByText("Samen koken en eten").first()).toBeVisible();
  await checkPage(page);

  await page.getByLabel("Soort").selectOption("inloop");
  await page.getByLabel("Eén dag").check();
  await page.getByRole("button", { name: "Toon activiteiten" }).click();
  await expect(page).toHaveURL(/soort=inloop/);
  await expect(page).toHaveURL(/weergave=dag/);
  // The page opens at the results; the filter box has folded away (a tap opens it again).
  await expect(page).toHaveURL(/#resultaten$/);
  await expect(page.locator("#resultaten")).toBeInViewport();
  await expect(page.locator("details.filter-box")).not.toHaveAttribute("open");
  await expect(page.getByLabel("Soort")).toHaveValue("inloop");
  await expect(page.locator(".card .badge.kind").first()).toHaveText("Inloop");
  await expect(page.getByText("Samen koken en eten")).toHaveCount(0);
  await checkPage(page);

  await page.getByRole("link", { name: "Volgende dag" }).click();
  await expect(page).toHaveURL(/datum=\d{4}-\d\d-\d\d/);
  await expect(page).toHaveURL(/soort=inloop/);
});

test("the next seven days follow on from these, without a day twice", async ({ page, guard }) => {
  await page.goto("/activiteiten");
  const days = () => page.locator("section.results h3").allTextContents();
  const first = await days();
  expect(first.length).toBeGreaterThan(3);
  await page.getByRole("link", { name: "Volgende 7 dagen" }).click();
  await expect(page).toHaveURL(/#resultaten$/);
  const second = await days();
  expect(second.filter((day) => first.includes(day))).toEqual([]);
  await page.getByRole("link", { name: "Vorige 7 dagen" }).click();
  expect(await days()).toEqual(first);
});

test("a filter that cannot be used gets a clear message next to its field", async ({ page, guard }) => {
  await page.goto("/activiteiten?datum=2099-01-01&soort=therapie");
  await expect(page.locator("#fout-datum")).toHaveText(/Deze datum kunnen we niet gebruiken/);
  await expect(page.locator("#fout-soort")).toHaveText(/Deze soort kennen we niet/);
  await expect(page.getByLabel("Datum")).toHaveAttribute("aria-invalid", "true");
  await checkPage(page);
});

test("opening an activity from the agenda", async ({ page, guard }) => {
  await page.goto("/activiteiten?thema=koken");
  await page.getByRole("link", { name: "Samen koken en eten" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Samen koken en eten" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Volgende keren" })).toBeVisible();
  await expect(page.getByText("Ahmed")).toBeVisible();
  await expect(page.getByText("Er is plek voor 12 mensen.")).toBeVisible();
  await checkPage(page);
});

test("opening a centre", async ({ page, guard }) => {
  await page.goto("/centra");
  await checkPage(page);
  await page.getByRole("link", { name: "Herstelcentrum Het Anker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Herstelcentrum Het Anker" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Inloop deze week" })).toBeVisible();
  await expect(page.locator("table.hours tr")).toHaveCount(7);
  await expect(page.getByText("Brink 12")).toBeVisible();
  await checkPage(page);
});

test("switching to English and back", async ({ page, guard }) => {
  await page.goto("/activiteiten?soort=inloop");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/activiteiten\?soort=inloop$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "What's on" })).toBeVisible();
  // With a filter chosen the filter box is folded away; its heading says what it holds.
  await expect(page.getByRole("heading", { name: "Search what's on" })).toBeVisible();
  await expect(page.locator("button", { hasText: "Show activities" })).toHaveCount(1);
  await checkPage(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "What's on today?" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wat is er vandaag?" })).toBeVisible();
});

test("a missing page is a helpful 404", async ({ page, guard }) => {
  guard.expectNotFound = true;
  const response = await page.goto("/activiteiten/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Naar de startpagina" })).toBeVisible();
  await checkPage(page);
});
