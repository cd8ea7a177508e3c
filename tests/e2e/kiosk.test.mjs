// Issue 12: kiosk mode (`?kiosk`). The tour advances on its own through real projects, pauses
// on a touch, resumes after the idle time (shortened here with `step=` and `idle=`) on its
// step's own scenario, and nothing in kiosk mode opens a file dialog, a download or another
// origin, or lets storage grow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, kpi, setInput } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const slider = 'input[type=range][data-field="data_centre.racks"]';

async function kioskPage(query, locale = 'en-GB') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  const origin = new URL(server.url).origin;
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('[data-tour-step] ~ * [data-kpi="heat_delivered_mwh"][data-value], [data-kpi="heat_delivered_mwh"][data-value]', { timeout: 20000 });
  return { context, page, errors, foreign };
}

const step = (page) => page.getAttribute('[data-tour-step]', 'data-tour-step');
const state = (page) => page.getAttribute('[data-tour-step]', 'data-tour-state');

test('the tour advances on its own, pauses on a touch and resumes after the idle time', async () => {
  const { context, page, errors, foreign } = await kioskPage('?kiosk&step=2&idle=3');
  assert.equal(await step(page), 'brescia-pilot');
  assert.equal(await state(page), 'playing');
  const brescia = await kpi(page, 'heat_delivered_mwh');
  await page.waitForFunction(() => document.querySelector('[data-tour-step]').dataset.tourStep === 'settimo-milanese', null, { timeout: 5000 });
  await page.waitForFunction((b) => Number(document.querySelector('[data-kpi="heat_delivered_mwh"]').dataset.value) !== b, brescia, { timeout: 5000 });
  assert.ok((await kpi(page, 'heat_delivered_mwh')) > brescia, 'the Settimo Milanese figures are shown');
  assert.match(await page.textContent('.tour-sentence'), /Milan/);

  // A visitor's touch pauses the tour, and changes made meanwhile are kept while paused.
  await page.tap('.tour-title');
  assert.equal(await state(page), 'paused');
  const racks = Number(await page.$eval(slider, (el) => el.value));
  await setInput(page, slider, Math.round(racks / 2));
  const paused = await step(page);
  await page.waitForTimeout(2500);
  assert.equal(await step(page), paused, 'no step change while paused');
  assert.equal(Number(await page.$eval(slider, (el) => el.value)), Math.round(racks / 2));
  // After the idle time the tour resumes on its step's own scenario.
  await page.waitForFunction(() => document.querySelector('[data-tour-step]').dataset.tourState === 'playing', null, { timeout: 5000 });
  await page.waitForFunction((r) => Number(document.querySelector('input[type=range][data-field="data_centre.racks"]').value) === r, racks, { timeout: 3000 });
  // And moves on again.
  await page.waitForFunction((p) => document.querySelector('[data-tour-step]').dataset.tourStep !== p, paused, { timeout: 5000 });

  // The buttons step by hand (a touch: the tour waits).
  await page.click('[data-action="tour-next"]');
  assert.equal(await state(page), 'paused');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the tour visits the projects in order and ends with the visitor\'s turn; nothing can be broken', async () => {
  const { context, page, errors, foreign } = await kioskPage('?kiosk&step=1&idle=600');
  const seen = [];
  for (let i = 0; i < 60 && seen.length < 6; i++) {
    // Both attributes in one read: the step may change between two.
    const s = await page.$eval('[data-tour-step]', (e) => `${e.dataset.tourStep}:${e.dataset.tourKind}`);
    if (seen[seen.length - 1] !== s) seen.push(s);
    await page.waitForTimeout(150);
  }
  assert.deepEqual(seen, ['brescia-pilot:tour', 'settimo-milanese:tour', 'espoo-microsoft-fortum:tour', 'lombardy-150k-homes:tour', 'lombardy:tour', 'brescia-pilot:try']);
  assert.equal(await page.$$eval('.kiosk-input.try-it', (e) => e.length), 1, 'the slider is highlighted for the visitor');

  // Large type and touch targets.
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  assert.ok(base >= 20, `base font ${base} px`);
  const small = await page.$$eval('button, select', (els) => els.filter((e) => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().height < 44).map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(small, [], 'every button and list at least 44 px high');
  // The plant view plays the year.
  assert.equal(await page.getAttribute('[data-action="plant-play"]', 'aria-pressed'), 'true');

  // Nothing that opens a file dialog, downloads, leaves the page or stores without bound.
  assert.equal(await page.$$eval('input[type=file], a[download], [data-action^="export"], [data-control="saved-name"], [data-action="copy-link"]', (e) => e.length), 0);
  const out = await page.$$eval('a[href]', (as) => as.map((a) => a.href).filter((h) => new URL(h).origin !== location.origin));
  assert.deepEqual(out, [], 'no link to another origin');
  assert.ok(await page.evaluate(() => localStorage.length) <= 1, 'at most the language is stored');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the region step shows the Lombardy portfolio run in the worker: its figures, target and map', async () => {
  const { context, page, errors, foreign } = await kioskPage('?kiosk&step=120&idle=600');
  for (let i = 0; i < 4; i++) await page.click('[data-action="tour-next"]');
  assert.equal(await step(page), 'lombardy');
  await page.waitForSelector('.kiosk-region [data-scope="portfolio"][data-kpi="homes_equivalent"][data-value]:not([data-value=""])', { timeout: 30000 });
  const homes = Number(await page.getAttribute('.kiosk-region [data-kpi="homes_equivalent"]', 'data-value'));
  assert.ok(homes > 1000, `Lombardy heats ${homes} homes`);
  assert.equal(await page.locator('.kiosk-twin').isVisible(), false, 'the single-site view steps aside');
  await page.click('[data-action="tour-next"]');
  assert.equal(await step(page), 'brescia-pilot');
  assert.equal(await page.locator('.kiosk-region').count(), 0);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the kiosk in Italian', async () => {
  const { context, page, errors } = await kioskPage('?kiosk&step=60', 'it-IT');
  assert.equal(await page.getAttribute('html', 'lang'), 'it');
  assert.match(await page.textContent('.tour-sentence'), /Brescia.*teleriscaldamento/);
  assert.match(await page.textContent('.tour-count'), /Passo 1 di 6/);
  assert.deepEqual(errors, []);
  await context.close();
});
