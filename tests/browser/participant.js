// A participant on a phone, in headless Chromium (Debian's) driven by
// playwright-core: opens the join address the app printed, joins with a
// first name, adds a strength, sends two hostile notes that must stay text,
// votes during the open vote, and takes screenshots in Dutch and English.
// Usage: node participant.js JOIN_URL SCREENSHOT_DIR
// Prints one JSON line with what it did; exits non-zero with a message on failure.
"use strict";

const path = require("path");
let chromium;
try {
  ({ chromium } = require("playwright-core"));
} catch (e) {
  console.error("playwright-core is not installed in tests/browser/node_modules: run tools/install-deps.sh test " +
                "(it needs the network once for npm ci)");
  process.exit(3);
}

const [url, shots] = process.argv.slice(2);
const STEP = 20000;  // ms for any one step; generous for a loaded machine
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const HOSTILE = ["<img src=x onerror=window.__pwned=1>", "<script>window.__pwned=2</script>"];

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, name + ".png"), fullPage: true });
}

async function main() {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: process.getuid && process.getuid() === 0 ? ["--no-sandbox"] : [],
    timeout: 60000,
  });
  try {
    const result = {};
    // [SECTION] A Dutch phone: join, add, vote
    const nl = await browser.newContext({ ...PHONE, locale: "nl-BE" });
    nl.setDefaultTimeout(STEP);
    const page = await nl.newPage();
    const errors = [];
    page.on("pageerror", e => errors.push(String(e)));
    await page.goto(url);
    await page.locator("#join-view").waitFor({ state: "visible" });
    await shot(page, "nl-join");
    await page.fill("#name", "Anna");
    await page.click("#join");
    await page.locator("#main-view").waitFor({ state: "visible" });

    await page.click("button.kind.strength");
    await page.fill("#note-text", "Een grote zaal met 400 plaatsen");
    await page.click("#send");
    await page.locator("#message", { hasText: "Staat op het bord" }).waitFor();
    await page.locator("#mine-list li", { hasText: "Een grote zaal met 400 plaatsen" }).waitFor();
    await shot(page, "nl-added");

    for (const text of HOSTILE) {
      await page.click("button.kind.weakness");
      await page.fill("#note-text", text);
      await page.click("#send");
      await page.locator("#mine-list li .note-text", { hasText: text }).waitFor();
    }
    const texts = await page.locator("#mine-list .note-text").allTextContents();
    result.hostileShownAsText = HOSTILE.every(h => texts.includes(h));
    result.pwned = await page.evaluate(() => window.__pwned === undefined ? null : window.__pwned);
    result.imgElements = await page.evaluate(() => document.querySelectorAll("img").length);
    result.scriptElements = await page.evaluate(() => document.querySelectorAll("script").length);

    // The vote is open: vote for the first combination.
    await page.locator("#vote").waitFor({ state: "visible" });
    const first = page.locator("#combos li").first();
    result.combination = await first.locator("span").first().textContent();
    const before = await page.textContent("#votes-left");
    await first.locator("button:not(.back)").click();
    await page.waitForFunction(b => document.getElementById("votes-left").textContent !== b, before, { timeout: STEP });
    result.votesLeftText = await page.textContent("#votes-left");
    await first.locator(".count", { hasText: "jouw stemmen: 1" }).waitFor();
    await page.locator("#vote").scrollIntoViewIfNeeded();
    await shot(page, "nl-voted");

    // [SECTION] The same phone in English (the switch)
    await page.click("#lang");
    await page.locator("#votes-left", { hasText: "vote" }).waitFor();
    await shot(page, "en-voted");
    result.errors = errors;

    // [SECTION] An English phone that has not joined yet
    const en = await browser.newContext({ ...PHONE, locale: "en-GB" });
    en.setDefaultTimeout(STEP);
    const fresh = await en.newPage();
    await fresh.goto(url);
    await fresh.locator("#join-view").waitFor({ state: "visible" });
    result.enJoinButton = await fresh.textContent("#join");
    await shot(fresh, "en-join");
    await fresh.click("#join-anon");
    await fresh.locator("#main-view").waitFor({ state: "visible" });
    await fresh.click("button.kind.idea");
    await fresh.fill("#note-text", "Cook together with newcomers");
    await shot(fresh, "en-add");
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
  }
}

main().catch(e => {
  console.error("browser test failed: " + (e && e.stack ? e.stack : e));
  process.exit(1);
});
