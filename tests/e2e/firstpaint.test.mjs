// Issue 14 (page2): the first paint before the wasm, results first on a phone, precompressed
// files, the energy-flow balance read from the chart's data table, the climate warning only
// when it applies, and the play button's accessible name. Every test asserts no console error
// and no request to another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveDist, launch, openApp, kpi, dist } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist({ precompressed: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function clean(foreign, errors) {
  assert.deepEqual(foreign, [], 'no request to another origin');
  assert.deepEqual(errors, [], 'no console error');
}

test('the loading message and the opening figures show while the wasm is held back', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'en-GB' });
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  const foreign = [];
  const errors = [];
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  const loading = page.locator('#boot [data-boot-lang="en"] .boot-loading');
  await loading.waitFor({ state: 'visible', timeout: 5000 });
  const figures = await page.textContent('#boot [data-boot-lang="en"] .boot-headline');
  assert.match(figures, /^[\d,]+ MWh\/yr of heat · [\d,]+ homes · [\d,]+ t CO2 avoided a year$/, figures);
  assert.equal(await page.locator('[data-kpi]').count(), 0, 'the app has not started yet');
  release();
  await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 20000 });
  assert.equal(await page.locator('#boot').count(), 0, 'the app removes the loading message');
  // The build-time figures are the app's own for the opening preset.
  const headline = await page.textContent('[data-control="headline"]');
  assert.equal(headline.trim(), figures.trim());
  clean(foreign, errors);
  await context.close();
});

test('Italian first paint reads in Italian', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'it-IT' });
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {}); // never answered: only the first paint
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('#boot [data-boot-lang="it"] .boot-loading').waitFor({ state: 'visible', timeout: 5000 });
  assert.match(await page.textContent('#boot [data-boot-lang="it"] .boot-headline'), /MWh\/anno di calore · [\d.]+ abitazioni/);
  assert.equal(await page.getAttribute('html', 'lang'), 'it');
  await context.close();
});

test('French and German first paints read in their language, with the app\'s number format', async () => {
  for (const [locale, code, pattern] of [
    ['fr-FR', 'fr', /^[\d\u202f]+ MWh\/an de chaleur · [\d\u202f]+ logements/],
    ['de-DE', 'de', /^[\d.]+ MWh\/a Wärme · [\d.]+ Wohnungen/],
  ]) {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale });
    const page = await context.newPage();
    await page.route('**/*.wasm', () => {}); // never answered: only the first paint
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    await page.locator(`#boot [data-boot-lang="${code}"] .boot-loading`).waitFor({ state: 'visible', timeout: 5000 });
    assert.match((await page.textContent(`#boot [data-boot-lang="${code}"] .boot-headline`)).trim(), pattern);
    assert.equal(await page.getAttribute('html', 'lang'), code);
    assert.equal(await page.locator('#boot [data-boot-lang="en"]').isVisible(), false);
    await context.close();
  }
});

test('on a 375 px phone the headline and the four figures are above the fold, before the controls', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url, { width: 375, height: 667 });
  for (const field of ['heat_delivered_mwh', 'homes_equivalent', 'co2_avoided_t', 'trees_equivalent']) {
    const box = await page.locator(`[data-kpi="${field}"]`).boundingBox();
    assert.ok(box && box.y + box.height <= 667, `${field} above the fold: ${JSON.stringify(box)}`);
  }
  const kpis = await page.locator('section.kpis').first().boundingBox();
  const controls = await page.locator('.controls').boundingBox();
  const plant = await page.locator('.plant').boundingBox();
  assert.ok(kpis.y < plant.y && plant.y < controls.y, `results ${kpis.y} < plant ${plant.y} < controls ${controls.y}`);
  // Expert figures are grouped and collapsed, still in the DOM with their values.
  const details = page.locator('details[data-group="expert-kpis"]');
  assert.equal(await details.getAttribute('open'), null);
  assert.ok(Number(await page.getAttribute('[data-kpi="erf"]', 'data-value')) > 0);
  // No horizontal scrolling, and buttons at least 44 px tall.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375));
  const small = await page.$$eval('button, select', (els) =>
    els.filter((e) => e.offsetParent !== null && e.getBoundingClientRect().height < 43.5).map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(small, [], 'touch targets ≥ 44 px');
  clean(foreign, errors);
  await context.close();
});

test('the energy-flow table balances at every node and delivered equals the KPI', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  for (const stem of ['brescia-pilot', 'settimo-milanese']) {
    await page.selectOption('select[data-control="preset"]', stem);
    await page.waitForFunction(() => document.querySelector('[data-kpi="heat_delivered_mwh"]')?.dataset.value);
    await page.click('[data-chart-tab="flows"]');
    const details = page.locator('#chart-panel details');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await page.waitForSelector('#chart-panel tr[data-from]');
    const links = await page.$$eval('#chart-panel tr[data-from]', (rows) =>
      rows.map((r) => ({ from: r.dataset.from, to: r.dataset.to, mwh: Number(r.dataset.mwh) })));
    const into = {};
    const out = {};
    for (const l of links) {
      out[l.from] = (out[l.from] ?? 0) + l.mwh;
      into[l.to] = (into[l.to] ?? 0) + l.mwh;
    }
    for (const node of Object.keys(into)) {
      if (out[node] !== undefined) {
        assert.ok(Math.abs(into[node] - out[node]) <= 1e-6 * into[node] + 1e-9, `${stem}: ${node} in ${into[node]} out ${out[node]}`);
      }
    }
    const heat = await kpi(page, 'heat_delivered_mwh');
    assert.ok(Math.abs(into.delivered - heat) <= 1e-6 * heat, `${stem}: delivered ${into.delivered} = KPI ${heat}`);
    // Pumping is shown on its own, not added to what is delivered.
    assert.ok(!links.some((l) => l.from === 'pumping' || l.to === 'pumping'));
    assert.equal(await page.locator('#chart-panel tr[data-node="pumping"]').count(), 1);
  }
  clean(foreign, errors);
  await context.close();
});

test('the climate warning shows for Brescia → Copenhagen, not for Brescia → Milan', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  const warned = () => page.locator('[data-warning="climate_changed_home_heat_unchanged"]').count();
  // The climate control sits in a closed group: choose as the control's change event does.
  const choose = (id) => page.$eval('select#f-weather-builtin', (el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, id);
  const heat0 = await kpi(page, 'heat_delivered_mwh');
  await choose('milan');
  await page.waitForFunction(() => document.querySelector('#f-weather-builtin').value === 'milan');
  await page.waitForTimeout(300);
  assert.equal(await warned(), 0, 'Milan and Brescia are both Po Valley: no warning');
  await choose('copenhagen');
  await page.waitForSelector('[data-warning="climate_changed_home_heat_unchanged"]');
  assert.equal(await warned(), 1);
  assert.ok(heat0 > 0);
  clean(foreign, errors);
  await context.close();
});

test("the plant view's play button's accessible name starts with its visible words", async () => {
  for (const locale of ['en-GB', 'it-IT']) {
    const { page, context, foreign, errors } = await openApp(browser, server.url, { locale });
    const button = page.locator('button[data-action="plant-play"]');
    await button.scrollIntoViewIfNeeded();
    const visible = (await button.innerText()).replace(/[▶❚]/g, '').trim();
    const name = await button.getAttribute('aria-label');
    assert.ok(name.startsWith(visible), `${locale}: "${name}" starts with "${visible}"`);
    clean(foreign, errors);
    await context.close();
  }
});

test('precompressed files exist, are served by encoding and decompress to the originals', async () => {
  const files = fs.readdirSync(dist).filter((f) => /\.(html|js|css|wasm)$/.test(f));
  assert.ok(files.some((f) => f.endsWith('.wasm')));
  for (const f of files) {
    const raw = fs.readFileSync(path.join(dist, f));
    for (const [ext, unpack] of [['gz', zlib.gunzipSync], ['br', zlib.brotliDecompressSync]]) {
      const packed = path.join(dist, `${f}.${ext}`);
      if (raw.length < 200) continue; // tiny files may have no smaller copy
      assert.ok(fs.existsSync(packed), `${f}.${ext} exists`);
      assert.ok(unpack(fs.readFileSync(packed)).equals(raw), `${f}.${ext} decompresses to ${f}`);
    }
  }
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  const wasm = server.log.find((l) => l.path.endsWith('.wasm'));
  assert.equal(wasm?.encoding, 'br', `the wasm went out as brotli: ${JSON.stringify(wasm)}`);
  clean(foreign, errors);
  await context.close();
});
