// Kring's browser tests run against the real release server (started by ../test.sh) in the
// system Chromium, on a phone viewport, once with JavaScript and once without.
import { defineConfig } from "@playwright/test";
import { execSync } from "node:child_process";

const chromium = process.env.CHROMIUM_PATH || execSync("command -v chromium || command -v chromium-browser").toString().trim();

export default defineConfig({
  testDir: "./tests",
  // The account journeys visit many pages, each checked with axe (twice without JavaScript).
  // The longest journey (publishing without JavaScript) takes about 90 s on a busy 2-core
  // machine; the limit leaves room so only a real hang fails.
  timeout: 150_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: process.env.KRING_E2E_URL || "http://127.0.0.1:3000",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: chromium,
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
    },
  },
  projects: [
    { name: "met-javascript", use: { javaScriptEnabled: true } },
    { name: "zonder-javascript", use: { javaScriptEnabled: false } },
  ],
});
