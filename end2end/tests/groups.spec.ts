// A closed peer group on a phone, with and without JavaScript: a coordinator sets it up and
// facilitates it (house rules missing first); a member finds its neutral name, asks to join (the
// tick for the house rules missing first), the facilitator accepts, and the member sees the group
// from the inside and pauses; the facilitator makes an invitation link. axe on each page.
import { SMOKE, test, expect, checkPage, newCoordinator, unique, PASSWORD, anotherPhone, registered } from "./support";

test("a member asks to join a closed group and the facilitator accepts", SMOKE, async ({ page, browser, guard }) => {
  const coco = unique("Coco");
  await newCoordinator(page, coco);
  await page.getByRole("navigation", { name: "Beheer van dit centrum" }).getByRole("link", { name: "Groepen" }).click();
  await checkPage(page);

  const name = unique("Herstelgroep");
  const publicName = unique("Woensdaggroep");
  await page.getByLabel("Naam voor de leden").fill(name);
  await page.getByLabel("Neutrale naam voor iedereen").fill(publicName);
  await page.getByRole("group", { name: "Begeleiders" }).getByLabel(coco).check();
  await page.getByRole("button", { name: "Groep opslaan" }).click();
  await expect(page.getByText("Vul dit in.", { exact: true })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Groepsafspraken").fill("Wat hier gezegd wordt, blijft hier.");
  await page.getByRole("button", { name: "Groep opslaan" }).click();
  await expect(page.getByText("Opgeslagen.", { exact: true })).toBeVisible();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Er zijn geen nieuwe vragen.")).toBeVisible();
  await checkPage(page);

  // A member finds the neutral name in the list and asks to join.
  const member = await anotherPhone(browser, page);
  const context = member.context();
  const memberName = unique("Mila");
  await member.goto("/registreren");
  await member.getByLabel("Bijnaam", { exact: true }).fill(memberName);
  await member.getByLabel("Wachtwoord").fill(PASSWORD);
  await member.getByRole("button", { name: "Account maken" }).click();
  await registered(member);
  await member.goto("/groepen");
  await checkPage(member);
  await member.getByRole("link", { name: publicName }).click();
  await expect(member.getByText("Wat hier gezegd wordt, blijft hier.")).toBeVisible();
  // Before joining: who facilitates and when it meets (never who is in it).
  await expect(member.getByText(`Begeleiding: ${coco}`)).toBeVisible();
  await expect(member.getByRole("heading", { name: "Wanneer en waar" })).toBeVisible();
  await checkPage(member);
  await member.getByRole("button", { name: "Vraag of ik mee mag doen" }).click();
  await expect(member.getByText("Lees de groepsafspraken. Zet een vinkje als je het ermee eens bent.", { exact: true })).toBeVisible();
  await checkPage(member);
  await member.getByLabel("Ik heb de groepsafspraken gelezen en ik houd me eraan").check();
  await member.getByLabel("Bericht aan de begeleiders").fill("Ik wil graag ervaringen delen.");
  await member.getByRole("button", { name: "Vraag of ik mee mag doen" }).click();
  await expect(member.getByText("Je vraag is verstuurd naar de begeleiders.")).toBeVisible();
  await checkPage(member);

  // The facilitator reads the request and accepts it.
  await page.reload();
  await expect(page.getByText("Ik wil graag ervaringen delen.")).toBeVisible();
  await page.getByRole("button", { name: `Aannemen: ${memberName}` }).click();
  await expect(page.getByText("De vraag is aangenomen.")).toBeVisible();
  await checkPage(page);

  // The member now sees the group from the inside, and pauses.
  await member.goto(new URL(page.url()).pathname);
  await expect(member.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(member.getByText("Je bent lid van deze groep.")).toBeVisible();
  await checkPage(member);
  await member.getByRole("button", { name: "Even pauzeren" }).click();
  await expect(member.getByText("Je lidmaatschap staat op pauze.").first()).toBeVisible();
  await context.close();

  // The facilitator makes an invitation link, shown once to copy.
  await page.getByRole("button", { name: "Maak een nieuwe uitnodigingslink" }).click();
  await expect(page.getByLabel("Uitnodigingslink (je ziet hem maar één keer)")).toHaveValue(/\/groepen\/\d+\?uitnodiging=/);
  await checkPage(page);
});

test("a member proposes a new group", async ({ page, guard }) => {
  await page.goto("/registreren");
  await page.getByLabel("Bijnaam", { exact: true }).fill(unique("Pim"));
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await registered(page);
  await page.goto("/groepen");
  await page.getByRole("link", { name: "Een nieuwe groep voorstellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Een groep voorstellen" })).toBeVisible();
  await checkPage(page);

  // No centre chosen: a message, nothing sent.
  const name = unique("Jonge vaders");
  await page.getByLabel("Naam voor de leden").fill(name);
  await page.getByLabel("Neutrale naam voor iedereen").fill(unique("Zaterdaggroep"));
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByText("Kies een van de mogelijkheden.").first()).toBeVisible();
  await checkPage(page);
  await page.getByRole("group", { name: "Bij welk centrum?" }).getByLabel(/De Haven/).check();
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByText("Je voorstel is verstuurd.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Mijn voorstellen" }).getByText("Dit voorstel wacht")).toBeVisible();
  await checkPage(page);
});

test("members talk on the board; a member reports a post and the facilitator hides it", async ({ page, browser, guard }) => {
  const coco = unique("Coco");
  await newCoordinator(page, coco);
  await page.getByRole("navigation", { name: "Beheer van dit centrum" }).getByRole("link", { name: "Groepen" }).click();
  const name = unique("Praatgroep");
  await page.getByLabel("Naam voor de leden").fill(name);
  await page.getByLabel("Neutrale naam voor iedereen").fill(unique("Maandaggroep"));
  await page.getByLabel("Groepsafspraken").fill("We zijn mild voor elkaar.");
  await page.getByRole("group", { name: "Begeleiders" }).getByLabel(coco).check();
  await page.getByRole("button", { name: "Groep opslaan" }).click();
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByRole("button", { name: "Maak een nieuwe uitnodigingslink" }).click();
  const link = await page.getByLabel("Uitnodigingslink (je ziet hem maar één keer)").inputValue();

  // Two members join with the link.
  const members = [];
  for (const who of ["Sam", "Noor"]) {
    const member = await anotherPhone(browser, page);
    const context = member.context();
    const nickname = unique(who);
    await member.goto("/registreren");
    await member.getByLabel("Bijnaam", { exact: true }).fill(nickname);
    await member.getByLabel("Wachtwoord").fill(PASSWORD);
    await member.getByRole("button", { name: "Account maken" }).click();
    await registered(member);
    await member.goto(new URL(link).pathname + new URL(link).search);
    await member.getByLabel("Ik heb de groepsafspraken gelezen en ik houd me eraan").check();
    await member.getByRole("button", { name: "Meedoen" }).click();
    await expect(member.getByText("Welkom in de groep!")).toBeVisible();
    members.push({ context, member, nickname });
  }
  const [sam, noor] = members;

  // Sam posts; markup stays text. The posts come first, the form opens behind a button. An
  // empty post gets a message first (the form stays open).
  await expect(sam.member.getByLabel("Je bericht")).toBeHidden();
  await sam.member.getByText("Schrijf een bericht", { exact: true }).click();
  await sam.member.getByRole("button", { name: "Plaatsen" }).click();
  await expect(sam.member.getByText("Vul dit in.", { exact: true })).toBeVisible();
  await checkPage(sam.member);
  await sam.member.getByLabel("Je bericht").fill("Wie gaat er mee <b>wandelen</b>?");
  await sam.member.getByRole("button", { name: "Plaatsen" }).click();
  await expect(sam.member.getByText("Je bericht staat op het prikbord.")).toBeVisible();
  await expect(sam.member.getByText("Wie gaat er mee <b>wandelen</b>?")).toBeVisible();
  await checkPage(sam.member);

  // Noor replies, then reports the post.
  await noor.member.reload();
  await noor.member.getByRole("link", { name: new RegExp(`^Reageren: ${sam.nickname}`) }).click();
  await noor.member.getByLabel("Je reactie").fill("Ik ga mee!");
  await noor.member.getByRole("button", { name: "Reageren", exact: true }).click();
  await expect(noor.member.getByText("Ik ga mee!")).toBeVisible();
  await noor.member.getByRole("button", { name: new RegExp(`^Melden: ${sam.nickname}`) }).click();
  await expect(noor.member.getByText("Dank je wel. De begeleiders kijken ernaar.")).toBeVisible();
  await expect(noor.member.getByText("Je hebt dit bericht gemeld bij de begeleiders.")).toBeVisible();
  await checkPage(noor.member);

  // The facilitator sees the report and hides the post, with a reason.
  await page.reload();
  await expect(page.getByText("1 keer gemeld", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `Bericht van ${sam.nickname}, 1 keer gemeld` })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(`^Verbergen: ${sam.nickname}`) }).click();
  await page.getByRole("button", { name: "Bericht verbergen" }).click();
  await expect(page.getByText("Vul dit in.", { exact: true })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Waarom verberg je dit bericht?").fill("Afspraken maken we liever in de groep.");
  await page.getByRole("button", { name: "Bericht verbergen" }).click();
  await expect(page.getByText("Het bericht is verborgen. De schrijver ziet waarom.")).toBeVisible();
  await checkPage(page);

  // Sam reads why; Noor only sees that it is hidden.
  await sam.member.reload();
  await expect(sam.member.getByText("Verborgen door een begeleider. De reden: Afspraken maken we liever in de groep.")).toBeVisible();
  await noor.member.reload();
  await expect(noor.member.getByText("Een begeleider heeft dit bericht verborgen.")).toBeVisible();
  await expect(noor.member.getByText("wandelen")).toHaveCount(0);
  await checkPage(noor.member);
  for (const { context } of members) await context.close();
});
