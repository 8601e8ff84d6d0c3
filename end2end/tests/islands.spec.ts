// The islands: with JavaScript the WebAssembly loads and the share button works; without it the
// button stays hidden. Pages without an island load no WebAssembly at all, and no page does without
// JavaScript; also measures what a first visit to the agenda transfers.
import type { Response } from "@playwright/test";
import { SMOKE, test, expect, checkPage, waitForIslands } from "./support";

test("the share island hydrates and copies the link", SMOKE, async ({ page, context, guard, browserName }, testInfo) => {
  const withJs = testInfo.project.use.javaScriptEnabled !== false;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/activiteiten?soort=cursus");
  await page.getByRole("link", { name: "WRAP: werken aan je herstel" }).first().click();
  const share = page.getByRole("button", { name: "Link kopiëren" });
  if (!withJs) {
    await expect(share).toBeHidden();
    return;
  }
  await waitForIslands(page);
  await expect(share).toBeVisible();
  await share.click();
  await expect(page.getByRole("status")).toHaveText("De link is gekopieerd. Je kunt hem nu delen.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  await checkPage(page);
});

test("only a page with an island loads WebAssembly, and only with JavaScript", async ({ page, guard }, testInfo) => {
  const withJs = testInfo.project.use.javaScriptEnabled !== false;
  const wasm: string[] = [];
  const responses: Promise<number>[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".wasm") || request.url().endsWith("/pkg/kring.js")) wasm.push(request.url());
  });
  const measure = (response: Response) => {
    responses.push(response.request().sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  };
  page.on("response", measure);
  // The agenda has no island: no script, no WebAssembly, also with JavaScript.
  await page.goto("/activiteiten");
  await page.waitForLoadState("networkidle");
  expect(wasm).toEqual([]);
  page.off("response", measure);
  const total = (await Promise.all(responses)).reduce((a, b) => a + b, 0);
  console.log(`first visit to /activiteiten transferred ${total} bytes in ${responses.length} responses`);
  testInfo.annotations.push({ type: "transfer-bytes", description: String(total) });
  expect(total).toBeLessThanOrEqual(40 * 1024);
  // An activity has the share button: its island loads with JavaScript, and nothing without.
  await page.goto("/activiteiten?soort=cursus");
  await page.getByRole("link", { name: "WRAP: werken aan je herstel" }).first().click();
  if (withJs) {
    await waitForIslands(page);
    expect(wasm.some((url) => url.endsWith(".wasm"))).toBe(true);
  } else {
    await page.waitForLoadState("networkidle");
    expect(wasm).toEqual([]);
  }
});
