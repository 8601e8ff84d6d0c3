// The islands: with JavaScript the WebAssembly loads and the share button works; without it the
// button stays hidden. Also measures what a first visit to the agenda transfers.
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

test("a first visit to the agenda transfers at most 150 KB", async ({ page, guard }, testInfo) => {
  test.skip(testInfo.project.use.javaScriptEnabled === false, "measured with JavaScript on: the heaviest case");
  const responses: Promise<number>[] = [];
  page.on("response", (response) => {
    responses.push(response.request().sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  const wasm = page.waitForResponse((r) => r.url().endsWith(".wasm"));
  await page.goto("/activiteiten");
  await wasm;
  await waitForIslands(page);
  await page.waitForLoadState("networkidle");
  const total = (await Promise.all(responses)).reduce((a, b) => a + b, 0);
  console.log(`first visit to /activiteiten transferred ${total} bytes in ${responses.length} responses`);
  testInfo.annotations.push({ type: "transfer-bytes", description: String(total) });
  expect(total).toBeLessThanOrEqual(150 * 1024);
});
