// Signing up on a phone, with and without JavaScript: a visitor signs up with only a nickname,
// keeps the personal link, and cancels through it; the place is free again at once.
import { test, expect, checkPage } from "./support";

function unique(prefix: string) {
  const project = test.info().project.name === "zonder-javascript" ? "z" : "m";
  return `${prefix} ${project}${Date.now() % 1_000_000_000}`;
}

test("a visitor signs up with only a nickname and cancels through the personal link", async ({ page, guard }) => {
  await page.goto("/activiteiten?soort=activiteit&weergave=week");
  await page.getByRole("link", { name: "Samen koken en eten" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Samen koken en eten" })).toBeVisible();
  await checkPage(page);

  // A nickname that is too long gets a message next to the field.
  await page.getByLabel("Je bijnaam").fill("x".repeat(40));
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Kies een bijnaam van 2 tot 32 tekens.")).toBeVisible();
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
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page.getByText("Je bent afgemeld. Je plek is vrij voor iemand anders.")).toBeVisible();
  await expect(page.getByText("Je hebt je afgemeld.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Afmelden" })).toHaveCount(0);
  await checkPage(page);

  // The code page, without a code.
  await page.goto("/aanmelding");
  await expect(page.getByLabel("Je code")).toBeVisible();
  await checkPage(page);
});

test("a member signs up with one tap, sees it in mijn week and cancels", async ({ page, guard }) => {
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill(unique("Mila"));
  await page.getByLabel("Wachtwoord").fill("groene fiets op het dak");
  await page.getByRole("button", { name: "Account maken" }).click();

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
  await page.getByRole("button", { name: "Afmelden: Samen koken en eten" }).first().click();
  await expect(page.getByText("Je bent afgemeld. Je plek is vrij voor iemand anders.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Samen koken en eten" })).toHaveCount(0);
  await checkPage(page);
});
