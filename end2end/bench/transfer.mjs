// What a first visit to each page transfers in Chromium, for ../../bench.sh (not a test).
//
//   node end2end/bench/transfer.mjs [--no-js] BASE_URL PATH...
//
// Each path opens in a fresh browser context (empty cache, no cookies) on a phone viewport
// (390×844), like the browser tests; once the network is idle, the transferred bytes (encoded
// body + headers) of every response are added up. One tab-separated line per path:
//   path  bytes  requests  wasm(yes|no)
// With --no-js the pages open with JavaScript off. Chromium is the system one (CHROMIUM_PATH or
// `chromium` on PATH), as in ../playwright.config.ts; Playwright comes from end2end/node_modules.
import { chromium } from "@playwright/test";
import { execSync } from "node:child_process";

const args = process.argv.slice(2);
const noJs = args[0] === "--no-js";
if (noJs) args.shift();
const [base, ...paths] = args;
if (!base || paths.length === 0) {
  console.error("usage: node transfer.mjs [--no-js] BASE_URL PATH...");
  process.exit(2);
}

const executablePath =
  process.env.CHROMIUM_PATH || execSync("command -v chromium || command -v chromium-browser").toString().trim();
const browser = await chromium.launch({
  executablePath,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

try {
  for (const path of paths) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: "nl-NL",
      timezoneId: "Europe/Amsterdam",
      javaScriptEnabled: !noJs,
    });
    const page = await context.newPage();
    const sizes = [];
    const failed = [];
    let wasm = false;
    const onRequest = (request) => {
      if (new URL(request.url()).pathname.endsWith(".wasm")) wasm = true;
    };
    // A response's body is only complete when its request finished: measure then.
    const onFinished = (request) => {
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    };
    const onFailed = (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`);
    page.on("request", onRequest);
    page.on("requestfinished", onFinished);
    page.on("requestfailed", onFailed);
    const response = await page.goto(new URL(path, base).href);
    if (!response || response.status() !== 200) {
      throw new Error(`${path}: status ${response ? response.status() : "none"}`);
    }
    await page.waitForLoadState("networkidle");
    // Stop listening before adding up, so nothing arrives while the sum is made.
    page.off("request", onRequest);
    page.off("requestfinished", onFinished);
    page.off("requestfailed", onFailed);
    const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    if (failed.length > 0) console.error(`${path}: failed requests: ${failed.join(", ")}`);
    console.log([path, total, sizes.length, wasm ? "yes" : "no"].join("\t"));
    await context.close();
  }
} finally {
  await browser.close();
}
