// The plant view end to end: the schematic shows the hour's flows, the hour slider changes the
// labelled values, play advances the hour, and with reduced motion there is nothing to play.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp as open, setInput, screenshot } from './harness.mjs';

/** Opens the app and scrolls the plant view into sight: out of view it does not redraw. */
async function openApp(browser, url, opts) {
  const r = await open(browser, url, opts);
  await r.page.locator('.plant').scrollIntoViewIfNeeded();
  return r;
}

let srv;
let browser;
before(async () => {
  srv = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

const HOUR = '[data-control="plant-hour"]';
const PLAY = '[data-action="plant-play"]';
const WINTER = 24 * 20 + 8; // 21 January 08:00
const SUMMER = 24 * 196 + 14; // 16 July 14:00

/** The text of the temperature pills, in drawing order: loop out, loop back, supply, return. */
const pills = (page) => page.$$eval('.plant svg .pill text', (ts) => ts.map((t) => t.textContent));
const svgHour = async (page) => Number(await page.getAttribute('.plant svg[role="img"]', 'data-plant-hour'));
const setHour = async (page, h) => {
  await setInput(page, HOUR, h);
  await page.waitForFunction((h) => document.querySelector('.plant svg')?.dataset.plantHour === String(h), h);
};

test('the plant view draws the hour\'s flows with values, temperatures and a caption', async () => {
  const { context, page, errors, foreign } = await openApp(browser, srv.url);
  try {
    await page.waitForSelector('.plant svg [data-flow="direct"] polyline.band', { state: 'attached' });
    assert.equal(await svgHour(page), WINTER, 'opens on 21 January 08:00');
    const caption = await page.textContent('[data-plant-caption]');
    assert.match(caption, /^21 January, 08:00–09:00 · /);
    assert.match(caption, /return-line preheating/, 'Brescia preheats the return line');
    // Every non-zero flow has a band and a value with its unit.
    const values = await page.$$eval('.plant svg .flow:not(.zero) .fvalue', (ts) => ts.map((t) => t.textContent));
    assert.ok(values.length >= 5, `flows: ${values}`);
    for (const v of values) assert.match(v, /^[\d,.]+ (kW|MW)$/);
    const t = await pills(page);
    assert.equal(t.length, 4);
    assert.deepEqual([t[0], t[1], t[3]], ['65 °C', '55 °C', '50 °C']);
    // The accessible name describes the hour, and the same values are listed as text.
    const label = await page.getAttribute('.plant svg[role="img"]', 'aria-label');
    assert.match(label, /21 January.*[kM]W of IT electricity/);
    assert.ok((await page.$$('.plant-values dl dt')).length >= 8);
    // The active unit is the heat exchanger.
    assert.equal(await page.getAttribute('[data-unit="hx"]', 'data-active'), 'true');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  } finally {
    await context.close();
  }
});

test('moving the hour slider changes the labelled values (winter vs summer supply)', async () => {
  const { context, page, errors } = await openApp(browser, srv.url);
  try {
    await setHour(page, WINTER);
    const winter = (await pills(page))[2];
    await setHour(page, SUMMER);
    const summer = (await pills(page))[2];
    assert.notEqual(winter, summer, `supply ${winter} vs ${summer}`);
    assert.ok(parseFloat(winter) > parseFloat(summer), `winter supply ${winter} > summer ${summer}`);
    assert.match(await page.textContent('[data-plant-caption]'), /^16 July, 14:00–15:00/);
    assert.equal(await page.getAttribute(HOUR, 'aria-valuetext'), '16 July, 14:00–15:00');
    // Keyboard: the slider steps an hour with the arrow key.
    await page.focus(HOUR);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((h) => document.querySelector('.plant svg')?.dataset.plantHour === String(h), SUMMER + 1);
    await screenshot(page, 'plant-summer.png');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('play advances the hour, pause stops it', async () => {
  const { context, page, errors } = await openApp(browser, srv.url);
  try {
    const start = await svgHour(page);
    await page.click(PLAY);
    assert.equal(await page.getAttribute(PLAY, 'aria-pressed'), 'true');
    await page.waitForFunction((h) => Number(document.querySelector('.plant svg')?.dataset.plantHour) >= h + 24, start, { timeout: 5000 });
    await page.click(PLAY);
    assert.equal(await page.getAttribute(PLAY, 'aria-pressed'), 'false');
    const stopped = await svgHour(page);
    assert.ok(stopped > start, `${stopped} > ${start}`);
    assert.equal(Number(await page.inputValue(HOUR)), stopped, 'the slider follows the animation');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('with reduced motion, play is not offered and a note says why', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(srv.url);
    await page.waitForSelector('.plant svg [data-flow]', { state: 'attached' });
    assert.equal(await page.$(PLAY), null, 'no play button');
    assert.match(await page.textContent('[data-plant-note="reduced-motion"]'), /reduced motion/);
    // The slider still works.
    await setHour(page, SUMMER);
    assert.equal(await svgHour(page), SUMMER);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('on a phone the schematic fits without horizontal scrolling', async () => {
  const { context, page, errors } = await openApp(browser, srv.url, { width: 375, height: 800 });
  try {
    await page.waitForSelector('.plant .plant-figure.tall svg [data-flow]', { state: 'attached' });
    const box = await page.$eval('.plant svg', (s) => s.getBoundingClientRect().toJSON());
    assert.ok(box.left >= 0 && box.right <= 375, JSON.stringify(box));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('in Italian, the caption, mode, buttons and numbers follow the language', async () => {
  const { context, page, errors } = await openApp(browser, srv.url);
  try {
    await page.waitForSelector('.plant svg [data-flow="direct"] polyline.band', { state: 'attached' });
    await page.selectOption('select[data-control="language"]', 'it');
    await page.waitForFunction(() => /gennaio/.test(document.querySelector('[data-plant-caption]')?.textContent ?? ''));
    const caption = await page.textContent('[data-plant-caption]');
    assert.match(caption, /^21 gennaio, 08:00–09:00 · /);
    assert.match(caption, /preriscaldamento del ritorno/);
    assert.equal(await page.textContent('#plant-heading'), "L'impianto, ora per ora");
    assert.match(await page.textContent(PLAY), /Avvia/);
    assert.equal(await page.getAttribute(HOUR, 'aria-valuetext'), '21 gennaio, 08:00–09:00');
    // Numbers with Italian separators: decimal comma, dot for thousands.
    const values = await page.$$eval('.plant svg .flow:not(.zero) .fvalue', (ts) => ts.map((t) => t.textContent));
    for (const v of values) assert.match(v, /^\d{1,3}(\.\d{3})*(,\d+)? (kW|MW)$/, v);
    assert.ok(values.some((v) => /\.\d{3} kW|,\d+ (kW|MW)/.test(v)), `Italian separators in ${values}`);
    assert.match(await page.getAttribute('.plant svg[role="img"]', 'aria-label'), /di elettricità IT/);
    assert.ok((await page.textContent('.plant svg')).includes('Scambiatore'));
    await screenshot(page, 'plant-it-1440.png');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForSelector('.plant .plant-figure.tall svg [data-flow]', { state: 'attached' });
    await page.locator('.plant').scrollIntoViewIfNeeded();
    await screenshot(page, 'plant-it-375.png');
    // Back to English.
    await page.selectOption('select[data-control="language"]', 'en');
    await page.waitForFunction(() => /January/.test(document.querySelector('[data-plant-caption]')?.textContent ?? ''));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
