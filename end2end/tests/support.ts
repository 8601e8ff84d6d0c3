// What every page visit checks: axe-core (WCAG 2.2 AA tags) finds nothing, no horizontal
// scrolling at 320 px, no request leaves the server's origin, and the console stays clean.
import { test as base, expect, Browser, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

type Guard = { offOrigin: string[]; consoleErrors: string[]; expectNotFound: boolean };

/** Marks a journey that also runs on PostgreSQL; the whole set runs on SQLite (both databases
 * pass every integration test already, so the browser adds little per backend beyond these). */
export const SMOKE = { tag: "@smoke" };

export const test = base.extend<{ guard: Guard }>({
  guard: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const guard: Guard = { offOrigin: [], consoleErrors: [], expectNotFound: false };
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.origin !== origin) guard.offOrigin.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error") guard.consoleErrors.push(`${message.text()} (on ${page.url()})`);
    });
    page.on("pageerror", (error) => guard.consoleErrors.push(`${error} (on ${page.url()})`));
    // Every page has exactly one Content-Security-Policy that never allows inline scripts as such:
    // a rendered page names its nonce; a page from the cache (x-kring-cache) names its scripts' hashes,
    // or runs none.
    page.on("response", async (response) => {
      if (response.request().resourceType() === "document" && response.status() === 200) {
        const headers = await response.headersArray();
        const policies = headers.filter((h) => h.name.toLowerCase() === "content-security-policy");
        const cached = headers.some((h) => h.name.toLowerCase() === "x-kring-cache");
        const scripts = policies.length === 1 ? (policies[0].value.split(";").find((d) => d.trim().startsWith("script-src")) ?? "") : "";
        const locked = cached
          ? /script-src ('none'|'self'( 'sha256-[A-Za-z0-9+/=]+')+ 'wasm-unsafe-eval')$/.test(scripts.trim())
          : scripts.includes("'nonce-");
        if (!locked || scripts.includes("unsafe-inline")) {
          guard.consoleErrors.push(`no locked-down script policy on ${response.url()}: ${JSON.stringify(policies)}`);
        }
      }
    });
    await use(guard);
    expect(guard.offOrigin, "no request leaves the server's own origin").toEqual([]);
    // Chromium logs every 4xx response as an error. A refused form answers 422 (or 429 when
    // slowed down) with the form and its messages; a test that asks for a missing page expects
    // its 404.
    const errors = guard.consoleErrors.filter(
      (e) => !(guard.expectNotFound && e.includes("status of 404")) && !/status of 42[29]/.test(e),
    );
    expect(errors, "the console shows no error").toEqual([]);
  },
});

export { expect };

/// axe and the 320 px check need JavaScript in the page. Without JavaScript they run on the same
/// address in a second page that has JavaScript but loads no script or WebAssembly of ours, so it
/// sees the same server-rendered HTML a browser without JavaScript gets.
export async function checkPage(page: Page) {
  const jsOff = base.info().project.use.javaScriptEnabled === false;
  if (!jsOff) return checkWith(page);
  const browser = page.context().browser()!;
  const context = await browser.newContext({
    javaScriptEnabled: true,
    viewport: page.viewportSize()!,
    locale: "nl-NL",
  });
  await context.addCookies(await page.context().cookies());
  await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
  const probe = await context.newPage();
  await probe.goto(page.url());
  try {
    await checkWith(probe);
  } finally {
    await context.close();
  }
}

async function checkWith(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const problems = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(problems, `axe on ${page.url()}`).toEqual([]);

  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: size.height });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `no horizontal scroll at 320 px on ${page.url()}`).toBeLessThanOrEqual(0);
  await page.setViewportSize(size);
}

/// With JavaScript on: wait until the islands' WebAssembly has loaded and run.
export async function waitForIslands(page: Page) {
  await page.waitForFunction(() => (window as any).__hydrateIsland !== undefined);
}

const admin = process.env.KRING_E2E_ADMIN ?? "Beheerder";
const adminPassword = process.env.KRING_E2E_ADMIN_PASSWORD ?? "";
/** The password of every account a browser test makes. */
export const PASSWORD = "groene fiets op het dak";

/// The moment the server's clock started at: `./test.sh` pins it with `KRING_NOW` (and hands
/// the same moment to the tests), so no test depends on the day or hour it runs.
const serverStart = new Date(process.env.KRING_NOW ?? Date.now());
const amsterdamDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/// The date in Amsterdam `days` after the server's start, as YYYY-MM-DD.
export function dayAhead(days: number): string {
  return amsterdamDate.format(new Date(serverStart.getTime() + days * 24 * 3600 * 1000));
}

/// The first given weekday (0 = Sunday) at least `days` after the server's start, as YYYY-MM-DD.
export function weekdayAhead(weekday: number, days: number): string {
  for (let n = days; ; n++) {
    const date = dayAhead(n);
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === weekday) return date;
  }
}
const password = PASSWORD;

/// A name no earlier run used, marked with the project (with or without JavaScript).
export function unique(prefix: string) {
  const project = test.info().project.name === "zonder-javascript" ? "z" : "m";
  return `${prefix} ${project}${Date.now() % 1_000_000_000}`;
}

/// Logs in as the test run's admin.
export async function logInAsAdmin(page: Page) {
  await page.goto("/inloggen");
  await page.getByLabel("Bijnaam of e-mailadres").fill(admin);
  await page.getByLabel("Wachtwoord").fill(adminPassword);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mijn-account/);
}

/// Logs out from the account page.
export async function logOut(page: Page) {
  await page.goto("/mijn-account");
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  // A click does not wait for its post: go on only once the session has ended.
  await page.waitForURL(/uitgelogd=1/);
}

/// The admin makes a centre; someone new accepts the coordinator invitation. Returns the
/// centre's name; the page ends on the centre's programme as its coordinator.
export async function newCoordinator(page: Page, nickname = unique("Coco")): Promise<string> {
  await logInAsAdmin(page);
  await page.goto("/beheer");
  const centre = unique("Buurtkamer");
  await page.getByLabel("Naam van het centrum").fill(centre);
  await page.getByLabel("Plaats").fill("Zwolle");
  await page.getByLabel("Adres").fill("Kade 1");
  await page.getByRole("button", { name: "Centrum aanmaken" }).click();
  await page.getByLabel("Coördinator").check();
  await page.getByRole("button", { name: "Maak een uitnodiging" }).click();
  const link = new URL(await page.getByLabel("Uitnodigingslink").inputValue());
  await logOut(page);

  await page.goto(link.pathname + link.search);
  await page.getByRole("link", { name: "Maak een account" }).click();
  await page.getByLabel("Bijnaam", { exact: true }).fill(nickname);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account maken" }).click();
  await page.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Programma van ${centre}` })).toBeVisible();
  return centre;
}

/** Goes through a confirm step ("Afmelden", then "Ja, meld me af"): the first button only opens
 *  the question, so a slip of the thumb changes nothing. */
export async function confirmStep(page: Page, first: string | RegExp, confirm: string) {
  const step = page.locator("details.confirm-step").filter({
    has: page.locator("summary").filter({ hasText: first }),
  }).first();
  await expect(step.getByRole("button", { name: confirm })).toBeHidden();
  await step.locator("summary").click();
  await step.getByRole("button", { name: confirm }).click();
}

/** Opens one part of the profile form (each part is folded and saves on its own). */
export async function openPart(page: Page, part: string) {
  const details = page.locator("details.profile-part").filter({
    has: page.locator("summary h2", { hasText: new RegExp(`^${part}$`) }),
  });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator("summary").click();
  }
}

/** Saves one part of the profile form and waits for "Je profiel is opgeslagen.". */
export async function savePart(page: Page, part: string) {
  await page.getByRole("button", { name: `${part} opslaan` }).click();
  await expect(page.getByText("Je profiel is opgeslagen.")).toBeVisible();
}

/** A second person on the same kind of phone, in their own browser (JavaScript as the project). */
export async function anotherPhone(browser: Browser, like: Page): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
    viewport: like.viewportSize()!,
    locale: "nl-NL",
  });
  return context.newPage();
}

/** Makes an account with only a nickname; the page ends on the welcome. */
/** Waits until a registration was answered (the browser left the form) before the test goes on:
 * a click does not wait for the page it posts to. */
export async function registered(page: Page) {
  await page.waitForURL((url) => url.pathname !== "/registreren");
}

export async function registerMember(page: Page, nickname: string) {
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill(nickname);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account maken" }).click();
  await registered(page);
}
