// Issue 14, speed on the devices people hold: what the speed work must not break.
// 1. The loading message shows with every stylesheet held back (the stylesheets come after it,
//    `cargo xtask dist`, xtask/src/offline.rs; its own rules are inline in index.html), and the
//    page is fully styled once they arrive.
// 2. A drag on a slow phone (CPU 4×): the KPIs follow during the drag (model runs are paced on a
//    slow device, src/components/drag.rs, never dropped), the drag's last value is run and its
//    KPIs equal heat-twin-cli's for that scenario, and the year chart catches up with it.
// 3. The first paint is in the visitor's language however late public/boot.js arrives (it runs
//    in <head>; with the stylesheets after the message, a paint could otherwise come first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist, launch, canvasHash, root, dist } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist({ precompressed: true });
  browser = await launch();
  execFileSync('cargo', ['build', '--quiet', '-p', 'heat-twin-cli'], { cwd: root, stdio: 'inherit' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const cli = (...args) => execFileSync(path.join(root, 'target', 'debug', 'heat-twin-cli'), args, { cwd: root, encoding: 'utf8' });

test('the built page has no stylesheet in its head, and the loading message shows while they are held back', async () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  assert.ok(!/rel="stylesheet"/.test(head), 'no render-blocking stylesheet in <head>');
  const body = html.slice(html.indexOf('<body'));
  assert.ok(body.indexOf('rel="stylesheet"') > body.indexOf('id="boot"'), 'the stylesheets come after the loading message');

  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.css', async (route) => { await held; await route.continue(); });
  await page.goto(server.url, { waitUntil: 'commit' });
  const loading = page.locator('#boot [data-boot-lang="en"] .boot-loading');
  await loading.waitFor({ state: 'visible', timeout: 5000 });
  // Styled by index.html's own rules: a round spinner and the figures in the accent colour.
  const spinner = await page.$eval('#boot .boot-spinner', (e) => getComputedStyle(e).borderRadius);
  assert.equal(spinner, '50%');
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  assert.ok(paint !== null, 'something was painted while every stylesheet was held back');
  release();
  await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 30000 });
  // The app's stylesheet applies once it has arrived (main.css: cards with 10 px corners).
  const corner = await page.$eval('[data-kpi="heat_delivered_mwh"]', (e) => getComputedStyle(e).borderTopLeftRadius);
  assert.equal(corner, '10px');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a drag on a slow phone: the KPIs follow, the last value matches the CLI, the chart catches up', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'en-GB', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 30000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => document.querySelector('canvas[data-chart]').scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(800);
  const before = await canvasHash(page, 'canvas[data-chart="year"]');
  // 90 frames of a drag from 100 to 1,000 racks, one input per frame; the KPI's values seen
  // during the drag are recorded as they change.
  const seen = await page.evaluate(async () => {
    const el = document.querySelector('input[type=range][data-field="data_centre.racks"]');
    const card = document.querySelector('[data-kpi="heat_delivered_mwh"]');
    const values = new Set();
    const watch = new MutationObserver(() => values.add(card.dataset.value));
    watch.observe(card, { attributes: true, attributeFilter: ['data-value'] });
    await new Promise((done) => {
      let i = 0;
      const frame = () => {
        if (i > 90) return done();
        el.value = String(100 + 10 * i);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        i++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    watch.disconnect();
    return values.size;
  });
  assert.ok(seen >= 5, `the headline KPI followed the drag (${seen} values during 90 frames)`);
  // The last value (1,000 racks) is run: the KPIs equal the CLI's for that scenario.
  const scenario = JSON.parse(fs.readFileSync(path.join(root, 'scenarios', 'brescia-pilot.json'), 'utf8'));
  scenario.data_centre.racks = 1000;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'heat-twin-speed-')), 'racks-1000.json');
  fs.writeFileSync(file, JSON.stringify(scenario));
  const want = JSON.parse(cli('simulate', file)).summary;
  await page.waitForFunction(
    (w) => Number(document.querySelector('[data-kpi="heat_delivered_mwh"]').dataset.value) === w,
    want.heat_delivered_mwh,
    { timeout: 10000 },
  );
  for (const field of ['heat_delivered_mwh', 'homes_equivalent', 'co2_avoided_t']) {
    const got = Number(await page.getAttribute(`[data-kpi="${field}"]`, 'data-value'));
    assert.ok(Math.abs(got - want[field]) <= 1e-9 * Math.max(1, Math.abs(want[field])), `${field}: page ${got}, CLI ${want[field]}`);
  }
  // The chart catches up with the last run: once settled, drawing it again from scratch (to
  // another tab and back) gives the same picture, which differs from the one before the drag.
  await page.waitForTimeout(1500);
  const settled = await canvasHash(page, 'canvas[data-chart="year"]');
  assert.notEqual(settled, before, 'the year chart changed with the drag');
  await page.click('[data-chart-tab="monthly"]');
  await page.waitForSelector('canvas[data-chart="monthly"]');
  await page.click('[data-chart-tab="year"]');
  await page.waitForSelector('canvas[data-chart="year"]');
  await page.waitForTimeout(1500);
  assert.equal(await canvasHash(page, 'canvas[data-chart="year"]'), settled, 'the chart after the drag shows the last run');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an Italian visitor never sees the English loading message, however late boot.js arrives', async () => {
  // boot.js runs in <head>, before the message is parsed: nothing is painted until it has run,
  // and then only the visitor's language (the stylesheets no longer hold back the first paint).
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'it-IT' });
  const page = await context.newPage();
  await page.route('**/boot.js', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  await page.route('**/*.wasm', () => {}); // never answered: only the first paint
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.waitForTimeout(700);
  const early = await page.evaluate(() => ({
    painted: performance.getEntriesByName('first-contentful-paint').length,
    english: !!document.querySelector('#boot [data-boot-lang="en"]')?.checkVisibility(),
  }));
  assert.deepEqual(early, { painted: 0, english: false }, 'nothing painted before boot.js has run');
  await page.locator('#boot [data-boot-lang="it"] .boot-loading').waitFor({ state: 'visible', timeout: 5000 });
  assert.equal(await page.locator('#boot [data-boot-lang="en"]').isVisible(), false);
  // The English element's own `hidden` follows at DOMContentLoaded (boot.js's swap), which a
  // slow machine may reach after the message is shown: wait for it rather than race it.
  await page.waitForFunction(() => document.querySelector('#boot [data-boot-lang="en"]')?.hidden === true, null, { timeout: 10000 });
  assert.equal(await page.getAttribute('#boot [data-boot-lang="en"]', 'hidden'), '');
  assert.equal(await page.getAttribute('html', 'lang'), 'it');
  await context.close();
});
