// Design sweeps in Chromium (issue 9): one input (a line chart) and two (a heat map), run in the
// Web Worker (crates/worker); every cell equals `heat-twin-cli simulate` of that scenario and the
// CLI's own `sweep`; cancel, apply, CSV. The 40 × 40 sweep's time is printed (`sweep:` lines)
// for the speed note, not asserted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist, launch, openApp, root } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
  execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'heat-twin-cli'], { cwd: root, stdio: 'inherit' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const BRESCIA = path.join('scenarios', 'brescia-pilot.json');
const cli = (...args) => execFileSync(path.join(root, 'target', 'release', 'heat-twin-cli'), args, { cwd: root, encoding: 'utf8' });
const STATUS = '[data-status="instrument"]';
const state = (page) => page.getAttribute(STATUS, 'data-state');

/** `heat-twin-cli simulate` of the Brescia pilot with `inputs` ({path: value}) set. */
function simulateWith(inputs) {
  const scenario = JSON.parse(fs.readFileSync(path.join(root, BRESCIA), 'utf8'));
  for (const [p, v] of Object.entries(inputs)) {
    const [section, field] = p.split('.');
    scenario[section] = { ...(scenario[section] ?? {}), [field]: v };
  }
  const file = path.join(os.tmpdir(), `heat-twin-sweep-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(scenario));
  try {
    return JSON.parse(cli('simulate', file)).summary;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Equal within 1e-9 relative (wasm's libm and the host's may differ in the last bits). */
function close(got, want, what) {
  assert.ok(got === want || Math.abs(got - want) <= 1e-9 * Math.max(Math.abs(want), 1e-300), `${what}: page ${got} vs CLI ${want}`);
}

const parseCsv = (text) => text.trim().split('\n').map((l) => l.split(','));

async function openInstruments(page) {
  await page.$eval('details[data-group="instruments"]', (d) => { d.open = true; });
  // Every value data-state takes, in order, from now on.
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    window.__states = [];
    new MutationObserver(() => window.__states.push(el.dataset.state)).observe(el, { attributes: true, attributeFilter: ['data-state'] });
  }, STATUS);
}

async function axis(page, which, input, from, to, steps) {
  await page.selectOption(`select[data-input="sweep-${which}"]`, input);
  await page.fill(`input[data-input="sweep-${which}-from"]`, String(from));
  await page.fill(`input[data-input="sweep-${which}-to"]`, String(to));
  await page.fill(`input[data-input="sweep-${which}-steps"]`, String(steps));
}

async function runSweep(page, timeout = 60000) {
  await page.evaluate(() => { window.__states = []; });
  const t0 = Date.now();
  await page.click('[data-action="sweep-run"]');
  await page.waitForFunction((sel) => ['done', 'failed'].includes(document.querySelector(sel)?.dataset.state), STATUS, { timeout });
  const wallMs = Date.now() - t0;
  assert.equal(await state(page), 'done', await page.textContent(STATUS));
  const states = await page.evaluate(() => window.__states);
  assert.deepEqual(states.filter((s, i) => s !== states[i - 1]), ['running', 'done'], 'data-state went running → done');
  assert.equal(await page.getAttribute(STATUS, 'data-kind'), 'sweep');
  return wallMs;
}

async function csv(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="sweep-csv"]')]);
  assert.equal(download.suggestedFilename(), 'heat-twin-sweep.csv');
  return parseCsv(fs.readFileSync(await download.path(), 'utf8'));
}

test('a one-input sweep draws its line chart and table; every cell equals the CLI; the best cell applies', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  await openInstruments(page);
  // The default of 40 steps per input.
  assert.equal(await page.inputValue('input[data-input="sweep-a-steps"]'), '40');
  await axis(page, 'a', 'data_centre.racks', 300, 900, 7);
  await page.selectOption('select[data-input="sweep-kpi"]', 'heat_delivered_mwh');
  // heat delivered is best high: the form says so by itself.
  assert.equal(await page.$eval('select[data-input="sweep-best"]', (s) => s.value), 'max');
  await page.selectOption('select[data-input="sweep-more"]', ['lcoh_eur_per_mwh', 'co2_avoided_t']);
  await runSweep(page);
  // The chart and its text alternative (words and a table of every cell).
  assert.equal(await page.getAttribute('canvas.sweep-chart', 'data-sweep-chart'), 'line');
  assert.ok(await page.isVisible('canvas.sweep-chart'));
  assert.equal(await page.getAttribute('canvas.sweep-chart', 'aria-hidden'), 'true');
  assert.equal(await page.getAttribute('.sweep-summary', 'data-sweep-cells'), '7');
  assert.match(await page.textContent('.sweep-best'), /Highest Heat delivered, MWh\/yr/);
  assert.match(await page.textContent('.sweep-here'), /This scenario: .*600/);
  assert.equal(await page.$$eval('[data-table="sweep"] tr[data-cell]', (r) => r.length), 7);
  // The CSV: the CLI's columns, one row per cell.
  const rows = await csv(page);
  // The chosen KPI first, then the others in the summary's field order.
  assert.deepEqual(rows[0], ['data_centre.racks', 'heat_delivered_mwh', 'co2_avoided_t', 'lcoh_eur_per_mwh']);
  assert.equal(rows.length, 8);
  assert.deepEqual(rows.slice(1).map((r) => Number(r[0])), [300, 400, 500, 600, 700, 800, 900]);
  // Every cell equals the CLI's sweep; two cells equal `simulate` of that scenario.
  const want = parseCsv(cli('sweep', BRESCIA, '--input', 'data_centre.racks', '--from', '300', '--to', '900', '--steps', '7', '--kpi', 'heat_delivered_mwh,co2_avoided_t,lcoh_eur_per_mwh'));
  assert.deepEqual(want[0], rows[0]);
  for (let i = 1; i < rows.length; i++) {
    for (let k = 0; k < 4; k++) close(Number(rows[i][k]), Number(want[i][k]), `cell ${i - 1} ${rows[0][k]}`);
  }
  for (const i of [1, 5]) {
    const s = simulateWith({ 'data_centre.racks': Number(rows[i][0]) });
    close(Number(rows[i][1]), s.heat_delivered_mwh, `simulate racks=${rows[i][0]} heat`);
    close(Number(rows[i][2]), s.co2_avoided_t, `simulate racks=${rows[i][0]} CO2`);
    close(Number(rows[i][3]), s.lcoh_eur_per_mwh, `simulate racks=${rows[i][0]} LCOH`);
  }
  // The best cell named is the one with the most heat; "Apply" sets its racks.
  const heat = rows.slice(1).map((r) => Number(r[1]));
  const best = Number(await page.getAttribute('.sweep-best', 'data-sweep-best'));
  assert.equal(heat[best], Math.max(...heat));
  await page.click('[data-action="sweep-apply"]');
  await page.waitForFunction(
    (v) => Number(document.querySelector('input[type=number][data-field="data_centre.racks"]')?.value) === v,
    Number(rows[best + 1][0]),
    { timeout: 5000 },
  );
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a two-input sweep draws a heat map, names the lowest LCOH, and its cells equal simulate', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await openInstruments(page);
  await axis(page, 'a', 'data_centre.racks', 400, 800, 3);
  await page.check('input[data-input="sweep-two"]');
  await axis(page, 'b', 'data_centre.utilisation', 0.5, 1, 4);
  await page.selectOption('select[data-input="sweep-kpi"]', 'lcoh_eur_per_mwh');
  assert.equal(await page.$eval('select[data-input="sweep-best"]', (s) => s.value), 'min');
  await runSweep(page);
  assert.equal(await page.getAttribute('canvas.sweep-chart', 'data-sweep-chart'), 'heatmap');
  assert.match(await page.textContent('.sweep-best'), /Lowest Cost of the recovered heat \(LCOH\), €\/MWh: .* at Racks = .*, Mean utilisation/);
  const rows = await csv(page);
  assert.deepEqual(rows[0], ['data_centre.racks', 'data_centre.utilisation', 'lcoh_eur_per_mwh']);
  assert.equal(rows.length, 1 + 12);
  // Row-major, the first input slowest: (400, 0.5), (400, 0.6667), …
  assert.deepEqual(rows.slice(1, 5).map((r) => Number(r[0])), [400, 400, 400, 400]);
  const lcoh = rows.slice(1).map((r) => Number(r[2]));
  const best = Number(await page.getAttribute('.sweep-best', 'data-sweep-best'));
  assert.equal(lcoh[best], Math.min(...lcoh));
  for (const i of [1, 7, 12]) {
    const s = simulateWith({ 'data_centre.racks': Number(rows[i][0]), 'data_centre.utilisation': Number(rows[i][1]) });
    close(Number(rows[i][2]), s.lcoh_eur_per_mwh, `simulate cell ${i - 1} LCOH`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a sweep cancelled midway says cancelled and its answer never lands; 40 × 40 is timed', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await openInstruments(page);
  await axis(page, 'a', 'data_centre.racks', 100, 1000, 100);
  await page.check('input[data-input="sweep-two"]');
  await axis(page, 'b', 'data_centre.utilisation', 0.3, 1, 100);
  await page.click('[data-action="sweep-run"]');
  await page.waitForSelector('.instr-status progress', { timeout: 20000 });
  assert.equal(await state(page), 'running');
  await page.click('[data-action="cancel"]');
  assert.equal(await state(page), 'cancelled');
  await page.waitForTimeout(1500);
  assert.equal(await state(page), 'cancelled');
  assert.equal(await page.$('.sweep-summary'), null, 'no answer from a cancelled sweep');
  // The default: 40 × 40 cells (the form's default steps), LCOH. Timed twice: the
  // first run includes starting the worker.
  await page.fill('input[data-input="sweep-a-steps"]', '40');
  await page.fill('input[data-input="sweep-b-steps"]', '40');
  await page.selectOption('select[data-input="sweep-kpi"]', 'lcoh_eur_per_mwh');
  for (const run of [1, 2]) {
    const wall = await runSweep(page);
    const ms = Number(await page.getAttribute(STATUS, 'data-elapsed-ms'));
    assert.equal(await page.getAttribute('.sweep-summary', 'data-sweep-cells'), '1600');
    console.log(`sweep: 40 × 40 (racks × utilisation → LCOH, Brescia) run ${run}: ${ms.toFixed(0)} ms in the worker, ${wall} ms from click to answer`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the sweep speaks Italian', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { locale: 'it-IT' });
  await openInstruments(page);
  assert.match(await page.textContent('#sweep-title'), /Analisi parametrica/);
  await axis(page, 'a', 'data_centre.racks', 500, 700, 3);
  await runSweep(page);
  assert.match(await page.textContent('.sweep-best'), /Valore più basso di Costo del calore recuperato \(LCOH\), €\/MWh/);
  assert.deepEqual(errors, []);
  await context.close();
});
