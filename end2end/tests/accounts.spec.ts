// Accounts on a phone, with and without JavaScript: register, log out, log in; refused forms
// explain every field. axe runs on every account page.
import { SMOKE, test, expect, checkPage, logInAsAdmin, logOut, unique, PASSWORD, registered } from "./support";

test("register, log out and log in again", SMOKE, async ({ page, guard }) => {
  const nickname = unique("Anna");
  await page.goto("/");
  await page.getByRole("link", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await checkPage(page);
  await page.getByRole("link", { name: "Maak een account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account maken" })).toBeVisible();
  await checkPage(page);

  await page.getByLabel("Bijnaam", { exact: true }).fill(nickname);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page).toHaveURL(/\/mijn-account\?welkom=1$/);
  await expect(page.getByText("Welkom! Je account is klaar en je bent ingelogd.")).toBeVisible();
  // No address given: no word of a mail, and no reminders by mail to switch.
  await expect(page.getByText(/We hebben een mail gestuurd/)).toHaveCount(0);
  await expect(page.getByText("Herinnering per mail")).toHaveCount(0);
  await expect(page.locator(".details dd").first()).toHaveText(nickname);
  await expect(page.getByText("Dit apparaat")).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/\?uitgelogd=1$/);
  await expect(page.getByText("Je bent uitgelogd.")).toBeVisible();

  await page.getByRole("link", { name: "Inloggen" }).click();
  await page.getByLabel("Bijnaam of e-mailadres").fill(nickname.toLowerCase());
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mijn-account$/);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn week" })).toBeVisible();
  await checkPage(page);
});

test("a refused registration explains each field and keeps what was typed", async ({ page, guard }) => {
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill("A");
  await page.getByLabel("Wachtwoord").fill("welkom01");
  await page.getByLabel("E-mailadres").fill("anna-zonder-apenstaartje");
  await page.getByRole("button", { name: "Account maken" }).click();
  // The page opens at a summary that takes focus and links to each field with its problem.
  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("Dit is nog niet goed:");
  await expect(summary.getByRole("link", { name: /^Bijnaam: Kies een bijnaam/ })).toHaveAttribute("href", "#veld-bijnaam");
  await expect(summary.getByRole("link", { name: /^E-mailadres: / })).toHaveAttribute("href", "#veld-email");
  const nickname = page.getByLabel("Bijnaam", { exact: true });
  await expect(nickname).toHaveValue("A");
  await expect(nickname).toHaveAttribute("aria-invalid", "true");
  await expect(nickname).toHaveAccessibleDescription(/Kies een bijnaam van 2 tot 32 tekens\./);
  await expect(page.getByLabel("Wachtwoord")).toHaveAccessibleDescription(/Heel veel mensen gebruiken dit wachtwoord/);
  await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("anna-zonder-apenstaartje");
  if (test.info().project.use.javaScriptEnabled !== false) {
    // The refused form as shown (the probe used without JavaScript would load a fresh form).
    await checkPage(page);
  }
});

test("a wrong PASSWORD gets one message that does not say which part is wrong", async ({ page, guard }) => {
  await page.goto("/inloggen");
  await page.getByLabel("Bijnaam of e-mailadres").fill(unique("Niemand"));
  await page.getByLabel("Wachtwoord").fill("dit klopt vast niet");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByLabel("Wachtwoord")).toHaveAccessibleDescription(
    "Deze gegevens kloppen niet. Kijk je bijnaam en wachtwoord na en probeer het opnieuw.",
  );
});

test("my account asks to log in first", async ({ page, guard }) => {
  await page.goto("/mijn-account");
  await expect(page).toHaveURL(/\/inloggen\?terug=\/mijn-account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
});

/// The mail to `address` about `subject` in the server's mail folder, with quoted-printable undone.
async function mailTo(address: string, subject: string): Promise<string> {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const folder = process.env.KRING_MAIL_DIR;
  if (!folder) throw new Error("KRING_MAIL_DIR is not set");
  let found: string | undefined;
  await expect
    .poll(() => {
      const mails = fs
        .readdirSync(folder)
        .filter((name) => name.endsWith(".eml"))
        .map((name) => fs.readFileSync(path.join(folder, name), "utf8"))
        .filter((mail) => mail.includes(`To: ${address}`) && mail.includes(`Subject: ${subject}`));
      found = mails[0];
      return mails.length;
    })
    .toBeGreaterThan(0);
  const mail = found!;
  return mail.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

test("log in with the link from a mail", async ({ page, guard }) => {
  const nickname = unique("Mail");
  const address = `${nickname.replace(" ", ".").toLowerCase()}@example.org`;
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill(nickname);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByLabel("E-mailadres").fill(address);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page).toHaveURL(/\/mijn-account\?welkom=1&mail=1$/);
  await expect(page.getByText(/^We hebben een mail gestuurd\. Klik op de link/)).toBeVisible();

  // The address is saved once confirmed from the mail.
  const confirmation = await mailTo(address, "Bevestig je e-mailadres voor Kring");
  const confirmLink = new URL(confirmation.match(/http:\/\/\S+\/email-bevestigen\?token=[\w-]+/)![0]);
  await page.goto(confirmLink.pathname + confirmLink.search);
  await checkPage(page);
  await page.getByRole("button", { name: "E-mailadres bevestigen" }).click();
  await expect(page.getByText("Je e-mailadres is opgeslagen.")).toBeVisible();

  await page.goto("/mijn-account");
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await expect(page).toHaveURL(/uitgelogd=1/);

  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Inloggen met een mail, zonder wachtwoord" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen met e-mail" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("E-mailadres").fill(address);
  await page.getByRole("button", { name: "Stuur mij een mail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kijk in je mail" })).toBeVisible();
  await checkPage(page);

  const mail = await mailTo(address, "Inloggen bij Kring");
  const link = mail.match(/http:\/\/\S+\/inloggen\/link\?token=[\w-]+/)![0];
  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(page.getByText("Klik op de knop om in te loggen.")).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/mijn-account$/);
  await expect(page.locator(".details dd").first()).toHaveText(nickname);
});

test("change the nickname, then delete the account", async ({ page, guard }) => {
  const nickname = unique("Wissel");
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill(nickname);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page).toHaveURL(/\/mijn-account\?welkom=1$/);

  for (const [link, heading] of [
    ["E-mailadres wijzigen", "E-mailadres wijzigen"],
    ["Wachtwoord wijzigen", "Wachtwoord wijzigen"],
  ]) {
    await page.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await checkPage(page);
    await page.getByRole("link", { name: "Terug naar mijn account" }).click();
  }

  await page.getByRole("link", { name: "Bijnaam wijzigen" }).click();
  await checkPage(page);
  await page.getByLabel("Nieuwe bijnaam").fill(`${nickname} B`);
  await page.getByLabel("Je huidige wachtwoord").fill("niet mijn wachtwoord");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByLabel("Je huidige wachtwoord")).toHaveAccessibleDescription(/Dit is niet je huidige wachtwoord/);
  await expect(page.getByLabel("Nieuwe bijnaam")).toHaveValue(`${nickname} B`);
  await page.getByLabel("Je huidige wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Je nieuwe bijnaam is opgeslagen.")).toBeVisible();
  await expect(page.locator(".details dd").first()).toHaveText(`${nickname} B`);

  await page.getByRole("link", { name: "Account verwijderen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account verwijderen" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Je huidige wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Mijn account verwijderen" }).click();
  await expect(page.getByText("Je account is verwijderd.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
});

test("choose a new PASSWORD with the link from a mail", async ({ page, guard }) => {
  const nickname = unique("Vergeten");
  const address = `${nickname.replace(" ", ".").toLowerCase()}@example.org`;
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill(nickname);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByLabel("E-mailadres").fill(address);
  await page.getByRole("button", { name: "Account maken" }).click();
  const confirmation = await mailTo(address, "Bevestig je e-mailadres voor Kring");
  const confirmLink = new URL(confirmation.match(/http:\/\/\S+\/email-bevestigen\?token=[\w-]+/)![0]);
  await page.goto(confirmLink.pathname + confirmLink.search);
  await page.getByRole("button", { name: "E-mailadres bevestigen" }).click();
  await page.goto("/mijn-account");
  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();

  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("E-mailadres").fill(address);
  await page.getByRole("button", { name: "Stuur mij een mail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kijk in je mail" })).toBeVisible();
  await expect(page.getByLabel("Nieuw wachtwoord")).toBeVisible();
  await checkPage(page);

  const mail = await mailTo(address, "Nieuw wachtwoord voor Kring");
  const link = new URL(mail.match(/http:\/\/\S+\/wachtwoord-vergeten\/link\?token=[\w-]+/)![0]);
  await page.goto(link.pathname + link.search);
  await expect(page.getByText("Kies een nieuw wachtwoord.")).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Nieuw wachtwoord").fill("zeven blauwe vogels zingen");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Je nieuwe wachtwoord is opgeslagen.")).toBeVisible();
});

test("the second login step page", async ({ page, guard }) => {
  await page.goto("/inloggen/tweestaps?aanvraag=onbekend");
  await expect(page.getByRole("heading", { level: 1, name: "Nog één stap" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Code uit de app of herstelcode").fill("123456");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByLabel("Code uit de app of herstelcode")).toHaveAccessibleDescription(/Deze code klopt niet/);
});

test("a coordinator helps a member without e-mail back in with a code", async ({ page, guard }) => {
  // A member without an address who comes to De Haven forgets the PASSWORD.
  const nickname = unique("Mila");
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill(nickname);
  await page.getByLabel("Wachtwoord").fill("groene fiets op het dak");
  await page.getByRole("button", { name: "Account maken" }).click();
  await registered(page);
  await page.goto("/activiteiten?soort=activiteit&weergave=week");
  await page.getByRole("link", { name: "Samen koken en eten" }).first().click();
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Je bent aangemeld. Er is een plek voor je.")).toBeVisible();
  await logOut(page);

  // Someone who runs the centre makes a code on the team page.
  await logInAsAdmin(page);
  await page.goto("/beheer/centra/de-haven-zwolle/team");
  await page.getByLabel("Bijnaam van de deelnemer").fill(nickname);
  await page.getByRole("button", { name: "Maak een code" }).click();
  await expect(page.getByText(`De code voor ${nickname}:`)).toBeVisible();
  const code = (await page.locator(".key-line .key").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  await checkPage(page);
  await logOut(page);

  // The member finds the page from "Wachtwoord vergeten" and chooses a new PASSWORD.
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await page.getByRole("link", { name: "Heb je al een code van je centrum?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw wachtwoord met een code van je centrum" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Bijnaam", { exact: true }).fill(nickname);
  await page.getByLabel("Code van je centrum").fill("AAAAA-AAAAA");
  await page.getByLabel("Nieuw wachtwoord").fill("een nieuw lang wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByRole("alert")).toBeFocused();
  await checkPage(page);
  await page.getByLabel("Code van je centrum").fill(code);
  await page.getByLabel("Nieuw wachtwoord").fill("een nieuw lang wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/mijn-account/);
  await expect(page.getByText(/opnieuw ingesteld met een code van je centrum/)).toBeVisible();
  await checkPage(page);
});
