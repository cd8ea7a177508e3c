// Measured drivers as scenario inputs (docs/model/measured.md §9): the shipped example uploaded,
// the IT load ticked → the whole page runs on it (the heat-delivered KPI changes) and the Method
// panel names `data_centre.it_profile` with its hours; the share link carries the profile (`d=`)
// and opens in a fresh page, with no measured file, on the same KPI and the same Method line; a
// damaged `d=` is named and the rest of the scenario opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serveDist, launch, openApp, kpi, root } from './harness.mjs';

let server;
let browser;
const EXAMPLE = path.join(root, 'data', 'measured', 'example-15min.csv');
// data/measured/README.md: the example was generated from this preset.
const PRESET = 'settimo-milanese';
const UPLOAD = 'input[data-control="measured-upload"]';
const KPI = 'heat_delivered_mwh';
const IT_LINE = '[data-method-driver="data_centre.it_profile"]';

before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Sets a drive checkbox and lets the page run on the new choice. */
async function tick(page, series, on) {
  const box = `input[data-control="measured-drive-${series}"]`;
  if ((await page.isChecked(box)) !== on) await page.click(box);
}

/** Waits until the KPI's data-value differs from (or, with `same`, equals) `value`. */
async function waitKpi(page, value, same = false) {
  await page.waitForFunction(
    ([field, v, same]) => {
      const e = document.querySelector(`[data-kpi="${field}"]`);
      return e && e.dataset.value !== '' && (Number(e.dataset.value) === v) === same;
    },
    [KPI, value, same],
    { timeout: 30000 },
  );
}

/** The share menu's link (computed when the menu opens). */
async function shareLink(page) {
  await page.$eval('input[data-control="share-link"]', (e) => { e.value = ''; });
  await page.click('details[data-control="share-menu"] > summary');
  await page.waitForFunction(() => document.querySelector('input[data-control="share-link"]')?.value);
  const link = await page.$eval('input[data-control="share-link"]', (e) => e.value);
  await page.click('details[data-control="share-menu"] > summary');
  return link;
}

const kpiText = (page) => page.textContent(`[data-kpi="${KPI}"] .value, [data-kpi="${KPI}"]`);

test('a ticked IT load drives the page, the Method panel and the link; a damaged d= is named', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await page.selectOption('select[data-control="preset"]', PRESET);
  await page.waitForSelector(`[data-kpi="${KPI}"][data-value]`);
  const model = await kpi(page, KPI);

  await page.setInputFiles(UPLOAD, EXAMPLE);
  await page.waitForSelector('[data-stat="heat_delivered_kw.nmbe"]', { timeout: 30000 });
  // Nothing ticked: the scenario's own year again, no driven input in the Method panel.
  await tick(page, 'it_kw', false);
  await tick(page, 'outdoor_c', false);
  await waitKpi(page, model, true);
  await page.waitForFunction((s) => !document.querySelector(s), IT_LINE);

  // IT load ticked: the page's KPI follows the measured IT load.
  await tick(page, 'it_kw', true);
  await waitKpi(page, model);
  const driven = await kpi(page, KPI);
  assert.notEqual(driven, model);
  const shown = await kpiText(page);
  await page.waitForSelector(IT_LINE, { state: 'attached' });
  const line = await page.textContent(IT_LINE);
  // The example's 30 documented missing hours per series (docs/model/measured.md §6).
  assert.match(line, /data_centre\.it_profile: measured profile, 8,730 hours driven, 30 hours left to the model/);
  console.log(`drivers: ${KPI} ${model} → ${driven} with the measured IT load; Method: "${line}"`);

  // The link carries the profile in d=, and opens it in a fresh page with no measured file.
  const link = await shareLink(page);
  assert.match(link, /&d=1\./);
  console.log(`drivers: link with the IT profile, ${link.length} characters`);
  const fresh = await openApp(browser, link);
  const p2 = fresh.page;
  await p2.waitForSelector(IT_LINE, { state: 'attached', timeout: 30000 });
  assert.equal(await p2.textContent(IT_LINE), line);
  assert.equal(await p2.$$eval('[data-stat]', (e) => e.length), 0, 'no measured file loaded');
  await p2.waitForFunction(
    ([field, v]) => {
      const e = document.querySelector(`[data-kpi="${field}"]`);
      // The link rounds the profile to 0.1 kW (docs/model/measured.md §9): within 1e-6.
      return e && Math.abs(Number(e.dataset.value) - v) <= 1e-6 * Math.abs(v);
    },
    [KPI, driven],
    { timeout: 30000 },
  );
  assert.equal(await kpiText(p2), shown, 'the same KPI as shown');
  assert.deepEqual(fresh.errors, [], 'no console error');
  assert.deepEqual(fresh.foreign, [], 'no other origin');

  // A damaged d= part: named, and the rest of the scenario opens (without the profile).
  const [head, d] = link.split('&d=');
  const damaged = `${head}&d=${d.slice(0, Math.floor(d.length / 2))}`;
  const broken = await openApp(browser, damaged);
  const p3 = broken.page;
  await p3.waitForSelector('p.message[role="status"]', { timeout: 30000 });
  const notice = await p3.textContent('p.message[role="status"]');
  assert.match(notice, /measured profiles could not be read/);
  assert.match(notice, /rest of the scenario is loaded without them/);
  assert.equal(await p3.$$eval(IT_LINE, (e) => e.length), 0, 'no profile drives');
  await waitKpi(p3, model, true);
  await fresh.context.close();
  await broken.context.close();

  // Unticking removes the profile: the scenario's own year again.
  await tick(page, 'it_kw', false);
  await waitKpi(page, model, true);
  assert.deepEqual(app.errors, [], 'no console error');
  await app.context.close();
});
