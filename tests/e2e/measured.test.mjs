// Measured data on the page (issue 10, first slice): the shipped synthetic example uploaded or
// fetched, the ASHRAE Guideline 14 statistics equal to `heat-twin-cli compare`'s and following
// the scenario live, the overlay chart with its table, a broken file refused with its line and
// column while the good data stays, Italian labels and axe on the loaded panel, calibrate, apply
// and undo; a chosen week hour by hour with its daily sums checked against the CSV read here,
// the scatter of every hour compared, the share link without the measured series (the ticked
// drivers travel in it as the scenario's profiles, d=) with the page saying so and
// the hourly series downloaded as JSON; no console error, no other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openApp, canvasHash, root } from './harness.mjs';

let server;
let browser;
let cli;
const EXAMPLE = path.join(root, 'data', 'measured', 'example-15min.csv');
// data/measured/README.md: the example was generated from this preset.
const PRESET = 'settimo-milanese';
const UPLOAD = 'input[data-control="measured-upload"]';

before(async () => {
  server = await serveDist();
  browser = await launch();
  execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'heat-twin-cli'], { cwd: root, stdio: 'inherit' });
  const out = execFileSync(
    path.join(root, 'target', 'release', 'heat-twin-cli'),
    ['compare', path.join('scenarios', `${PRESET}.json`), '--measured', EXAMPLE],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 },
  );
  cli = JSON.parse(out);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const close = (a, b, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-300);

/** Every statistic on the page: { 'series.nmbe': value, … } (hourly) and monthly alike. */
const stats = (page) =>
  page.$$eval('[data-stat], [data-stat-monthly]', (els) => {
    const out = { hourly: {}, monthly: {} };
    for (const e of els) {
      const v = e.dataset.value === '' ? null : Number(e.dataset.value);
      if (e.dataset.stat) out.hourly[e.dataset.stat] = v;
      else out.monthly[e.dataset.statMonthly] = v;
    }
    return out;
  });

/** Waits until the page's hourly heat NMBE equals the CLI's (the preset's year has run). */
async function waitForCliFigures(page) {
  const want = cli.before.heat_delivered_kw.nmbe;
  await page.waitForFunction(
    (w) => {
      const e = document.querySelector('[data-stat="heat_delivered_kw.nmbe"]');
      return e && Math.abs(Number(e.dataset.value) - w) <= 1e-9 * Math.abs(w);
    },
    want,
    { timeout: 30000 },
  );
}

function assertClean(app) {
  assert.deepEqual(app.foreign, [], 'no request to another origin');
  assert.deepEqual(app.errors, [], 'no console error');
}

test('the uploaded example gives the statistics of heat-twin-cli compare, live with the scenario', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await page.selectOption('select[data-control="preset"]', PRESET);
  const t0 = Date.now();
  await page.setInputFiles(UPLOAD, EXAMPLE);
  await page.waitForSelector('[data-stat="heat_delivered_kw.nmbe"]', { timeout: 30000 });
  const stages = JSON.parse(await page.evaluate(() => window.wasmBindings?.heat_twin_perf_take?.() ?? '{}'));
  console.log(`measured: example (35,040 rows × 6 columns) uploaded, parsed and compared in ${Date.now() - t0} ms wall clock; `
    + `load_csv in the page: ${JSON.stringify(stages['measured file'] ?? null)} ms`);
  assert.equal(stages['measured file']?.length, 1, 'the file was parsed once');
  await waitForCliFigures(page);

  // What was loaded: every series, its hours present.
  const found = await page.$$eval('[data-table="measured-series"] tr[data-series]', (rows) =>
    rows.map((r) => ({ series: r.dataset.series, hours: Number(r.dataset.hours), missing: Number(r.dataset.missing) })));
  const cliSeries = cli.measured.series;
  assert.deepEqual(found.map((f) => f.series), cliSeries.map((s) => s.series));
  for (const s of cliSeries) {
    const f = found.find((x) => x.series === s.series);
    assert.equal(f.hours, s.hours_present, `${s.series} hours present`);
    assert.ok(close(f.missing, s.missing_share), `${s.series} missing share`);
  }
  assert.match(await page.textContent('.measured-loaded'), /example-15min\.csv.*35,040.*2023/);

  // The statistics, hourly and monthly, to 1e-9 relative; the hours compared.
  const got = await stats(page);
  const names = Object.keys(cli.before);
  assert.ok(names.length >= 6, `series compared: ${names}`);
  for (const name of names) {
    const want = cli.before[name];
    for (const k of ['nmbe', 'cv_rmse']) {
      assert.ok(close(got.hourly[`${name}.${k}`], want[k]), `${name}.${k}: page ${got.hourly[`${name}.${k}`]}, cli ${want[k]}`);
      assert.ok(close(got.monthly[`${name}.${k}`], want.monthly[k]), `${name}.${k} monthly: page ${got.monthly[`${name}.${k}`]}, cli ${want.monthly[k]}`);
    }
    const hours = await page.getAttribute(`tr[data-stat-series="${name}"]`, 'data-hours-compared');
    assert.equal(Number(hours), want.hours, `${name} hours compared`);
  }
  // The guideline's limits are said, and each statistic is marked within or outside them.
  assert.match(await page.textContent('[data-panel="measured"]'), /±10\.0 %.*30\.0 %.*±5\.0 %.*15\.0 %/s);
  assert.match(await page.textContent('[data-stat="heat_delivered_kw.nmbe"]'), /within/);

  // The overlay chart is drawn; its table has the twelve months, measured beside modelled.
  const blank = await page.$eval('canvas.measured-chart', (c) => {
    const b = document.createElement('canvas');
    b.width = c.width;
    b.height = c.height;
    return b.toDataURL();
  });
  const drawn = await page.$eval('canvas.measured-chart', (c) => c.toDataURL());
  assert.notEqual(drawn, blank, 'the overlay chart is drawn');
  assert.equal(await page.$$eval('[data-table="measured-monthly"] tbody tr', (r) => r.length), 12);
  const before = await canvasHash(page, 'canvas.measured-chart');
  await page.selectOption('select[data-control="measured-series"]', 'supply_c');
  await page.waitForSelector('[data-table="measured-monthly"][data-series="supply_c"]');
  await page.waitForFunction((h) => {
    const c = document.querySelector('canvas.measured-chart');
    const d = c.toDataURL();
    let x = 0;
    for (let i = 0; i < d.length; i++) x = (x * 31 + d.charCodeAt(i)) | 0;
    return `${d.length}:${x}` !== h;
  }, before);

  // Live: another preset changes the figures; back on the example's preset they match again.
  await page.selectOption('select[data-control="preset"]', 'brescia-pilot');
  await page.waitForFunction(
    (w) => Math.abs(Number(document.querySelector('[data-stat="heat_delivered_kw.nmbe"]')?.dataset.value) - w) > 1e-3,
    cli.before.heat_delivered_kw.nmbe,
    { timeout: 30000 },
  );
  await page.selectOption('select[data-control="preset"]', PRESET);
  await waitForCliFigures(page);
  assertClean(app);
  await app.context.close();
});

test('a broken file is refused with its line and column; the good data stays; a good file after it loads', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await page.selectOption('select[data-control="preset"]', PRESET);
  // The example fetched from the page's own origin.
  await page.click('[data-action="measured-example"]');
  await waitForCliFigures(page);
  const good = await stats(page);

  await page.setInputFiles(UPLOAD, {
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('timestamp,heat_delivered_kw\n2023-01-01T00:00:00+01:00,10\n2023-01-01T01:00:00+01:00,12x\n'),
  });
  await page.waitForSelector('[data-measured-error]');
  const msg = await page.textContent('[data-measured-error]');
  assert.match(msg, /broken\.csv/);
  assert.match(msg, /line 3, column 2 \(heat_delivered_kw\)/, msg);
  assert.deepEqual(await stats(page), good, 'the example stays loaded');
  assert.equal(await page.getAttribute('.measured-loaded', 'data-measured-file'), 'example-15min.csv');
  assert.ok((await page.getAttribute('[data-kpi="heat_delivered_mwh"]', 'data-value')) !== '', 'the rest of the page stays');

  // A good file after the bad one: 48 hours of heat delivered, hourly.
  const rows = ['timestamp,heat_delivered_kw'];
  for (let h = 0; h < 48; h++) {
    const d = String(1 + Math.floor(h / 24)).padStart(2, '0');
    rows.push(`2023-01-${d}T${String(h % 24).padStart(2, '0')}:00:00+01:00,${1000 + h}`);
  }
  await page.setInputFiles(UPLOAD, { name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await page.waitForSelector('.measured-loaded[data-measured-file="small.csv"]');
  assert.equal(await page.$$eval('[data-measured-error]', (e) => e.length), 0, 'the message goes');
  assert.equal(await page.getAttribute('tr[data-series="heat_delivered_kw"]', 'data-hours'), '48');
  assert.equal(await page.getAttribute('tr[data-stat-series="heat_delivered_kw"]', 'data-hours-compared'), '48');
  assertClean(app);
  await app.context.close();
});

test('several files load together; a file with other column names is read once its columns are chosen; the time rules are said', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  // a.csv: IT load with offsets, 24 hours. b.csv: an Italian export (wall-clock times, ";" and
  // decimal commas) whose columns have other names, 24 hours of heat in MW on 1 July.
  const a = ['timestamp,it_kw'];
  const b = ['Data/Ora;Calore [MW];nota'];
  for (let h = 0; h < 24; h++) {
    a.push(`2023-01-01T${String(h).padStart(2, '0')}:00:00+01:00,${500 + h}`);
    b.push(`01/07/2023 ${String(h).padStart(2, '0')}:00;1,${h < 10 ? '0' : ''}${h};x`);
  }
  await page.setInputFiles(UPLOAD, [
    { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(a.join('\n')) },
    { name: 'b.csv', mimeType: 'text/csv', buffer: Buffer.from(b.join('\n')) },
  ]);
  // a.csv loads; b.csv is named with what is missing; its columns are offered, open.
  await page.waitForSelector('tr[data-series="it_kw"]');
  assert.match(await page.textContent('[data-measured-error]'), /b\.csv.*timestamp/);
  assert.equal(await page.$$eval('tr[data-series="heat_delivered_kw"]', (e) => e.length), 0);
  assert.equal(await page.$eval('details[data-measured-columns]', (d) => d.open), true);
  const select = (file, column) => `select[data-control="measured-column"][data-file="${file}"][data-column="${column}"]`;
  assert.equal(await page.$eval(select(0, 0), (e) => e.value), 'timestamp', 'a.csv read by its names');
  assert.equal(await page.$eval(select(0, 1), (e) => e.value), 'it_kw');
  assert.equal(await page.$eval(select(1, 1), (e) => e.value), '', 'b.csv: not read');
  await page.selectOption(select(1, 1), 'heat_delivered_kw');
  // axe on the panel with the column choice open, in Italian (the choice made survives).
  await page.selectOption('select[data-control="language"]', 'it');
  await page.waitForFunction(() => document.documentElement.lang === 'it');
  assert.match(await page.textContent('details[data-measured-columns] summary'), /Che cosa contiene ogni colonna/);
  await page.evaluate(fs.readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document.querySelector('[data-panel="measured"]'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
  assert.deepEqual(violations, [], 'axe on the column choice');
  await page.selectOption('select[data-control="language"]', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.$eval(select(1, 1), (e) => e.value), 'heat_delivered_kw', 'the choice survives the language');
  // A series without a timestamp is said, naming the file; then the whole choice reads.
  await page.click('[data-action="measured-columns-apply"]');
  await page.waitForFunction(() => /b\.csv.*timestamp/.test(document.querySelector('[data-measured-error]')?.textContent ?? ''));
  await page.selectOption(select(1, 0), 'timestamp');
  await page.click('[data-action="measured-columns-apply"]');
  await page.waitForSelector('tr[data-series="heat_delivered_kw"]');
  assert.equal(await page.$$eval('[data-measured-error]', (e) => e.length), 0, 'the message goes');
  assert.equal(await page.getAttribute('tr[data-series="it_kw"]', 'data-hours'), '24');
  assert.equal(await page.getAttribute('tr[data-series="heat_delivered_kw"]', 'data-hours'), '24');
  assert.match(await page.getAttribute('.measured-loaded', 'data-measured-file'), /a\.csv.*b\.csv/);
  // How the times were read: 24 rows with an offset, 24 on the Italian clock (summer time).
  const time = await page.textContent('[data-measured-time]');
  assert.match(time, /24 rows carry a time offset/);
  assert.match(time, /24 rows have no offset: read as Italian clock time/);
  assert.match(time, /Columns not read: nota/);
  // The MW column scaled and the decimal comma read: 1 July's first hour at 1.00 MW.
  assert.match(await page.textContent('tr[data-series="heat_delivered_kw"]'), /MW/);
  assertClean(app);
  await app.context.close();
});

test('the panel speaks Italian and its data-value does not change with the language', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await page.selectOption('select[data-control="preset"]', PRESET);
  await page.setInputFiles(UPLOAD, EXAMPLE);
  await waitForCliFigures(page);
  const en = await stats(page);
  await page.selectOption('select[data-control="language"]', 'it');
  await page.waitForFunction(() => document.documentElement.lang === 'it');
  assert.match(await page.textContent('#measured-title'), /^Dati misurati/);
  assert.match(await page.textContent('[data-action="measured-example"]'), /Prova l'esempio/);
  assert.match(await page.textContent('[data-table="measured-stats"] caption'), /Il modello a confronto con la misura/);
  assert.match(await page.textContent('[data-stat="heat_delivered_kw.nmbe"]'), /entro/);
  assert.match(await page.textContent('[data-panel="measured"]'), /±10,0 %/);
  assert.deepEqual(await stats(page), en);
  // axe (WCAG 2.1 A/AA) on the loaded panel, its tables and chart included; injected through
  // the DevTools protocol as a11y.test.mjs does (the page's policy refuses other scripts).
  await page.evaluate(fs.readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document.querySelector('[data-panel="measured"]'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], 'axe on the measured panel');
  assertClean(app);
  await app.context.close();
});

/** `heat-twin-cli calibrate` of the preset on the example, with `extra` arguments. */
function cliCalibrate(extra) {
  return JSON.parse(execFileSync(
    path.join(root, 'target', 'release', 'heat-twin-cli'),
    ['calibrate', path.join('scenarios', `${PRESET}.json`), '--measured', EXAMPLE, ...extra],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
  ));
}

/** The page on the preset with the example uploaded and its statistics shown. */
async function openWithExample() {
  const app = await openApp(browser, server.url);
  await app.page.selectOption('select[data-control="preset"]', PRESET);
  await app.page.setInputFiles(UPLOAD, EXAMPLE);
  await waitForCliFigures(app.page);
  return app;
}

test('calibrate runs the CLI defaults in the worker, apply changes the scenario and undo restores it', async () => {
  const cal = cliCalibrate([]);
  const app = await openWithExample();
  const { page } = app;
  // Frames keep coming while the search runs in the page's worker.
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 100000) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.click('[data-action="calibrate-run"]');
  await page.waitForSelector('[data-status="calibrate"][data-state="done"]', { state: 'attached', timeout: 120000 });
  const ms = Date.now() - t0;
  const frames = await page.evaluate(() => window.__frames.slice());
  const longest = Math.max(...frames.slice(1));
  console.log(`measured: calibration of ${Object.keys(cal.fitted).length} inputs in ${ms} ms on the page (${cal.evaluations} years natively); ${frames.length} frames, longest ${longest.toFixed(1)} ms`);
  assert.ok(frames.length > 5, 'the page kept drawing');

  // The same inputs as heat-twin-cli calibrate, fitted to the same values (1e-4 relative: the
  // search may take another path if wasm's libm differs from the host's in the last bit).
  const fitted = await page.$$eval('[data-table="calibrate-fitted"] tr[data-fit-path]', (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.fitPath, Number(r.dataset.value)])));
  assert.deepEqual(Object.keys(fitted).sort(), Object.keys(cal.fitted).sort());
  for (const [p, v] of Object.entries(cal.fitted)) assert.ok(close(fitted[p], v, 1e-4), `${p}: page ${fitted[p]}, cli ${v}`);
  const objective = await page.$eval('[data-calibrate-result]', (e) => [Number(e.dataset.objectiveBefore), Number(e.dataset.objectiveAfter)]);
  assert.ok(close(objective[0], cal.objective.before, 1e-9), `before ${objective[0]} vs ${cal.objective.before}`);
  assert.ok(objective[1] <= objective[0], 'the fit does not make it worse');

  // Apply: the statistics on the page become the fit's; undo: back to the scenario's own.
  const after = Number(await page.getAttribute('tr[data-after-series="heat_delivered_kw"]', 'data-nmbe'));
  const heatBefore = await page.getAttribute('[data-kpi="heat_delivered_mwh"]', 'data-value');
  await page.click('[data-action="calibrate-apply"]');
  await page.waitForFunction(
    (b) => document.querySelector('[data-kpi="heat_delivered_mwh"]')?.dataset.value !== b,
    heatBefore,
  );
  await page.waitForFunction(
    (w) => Math.abs(Number(document.querySelector('[data-stat="heat_delivered_kw.nmbe"]')?.dataset.value) - w) <= 1e-9 * Math.abs(w),
    after,
    { timeout: 30000 },
  );
  await page.click('[data-action="calibrate-undo"]');
  await waitForCliFigures(page);
  assert.equal(await page.getAttribute('[data-kpi="heat_delivered_mwh"]', 'data-value'), heatBefore, 'undo restores the scenario');
  assertClean(app);
  await app.context.close();
});

test('calibrate fits the inputs the user chooses, as heat-twin-cli calibrate --fit does', async () => {
  // Two inputs the measured outputs depend on with the default drivers (the measured IT load
  // makes utilisation irrelevant, so it is not one of them).
  const FIT = ['network.loss_share', 'data_centre.capture_share'];
  const cal = cliCalibrate(['--fit', FIT.join(',')]);
  const app = await openWithExample();
  const { page } = app;
  // Four selects, the CLI's defaults chosen first; every numeric input offered.
  const defaults = await page.$$eval('select[data-control^="calibrate-fit-"]', (els) => els.map((e) => e.value));
  assert.equal(defaults.length, 4);
  assert.deepEqual(defaults, ['data_centre.capture_share', 'network.home_heat_mwh', 'network.loss_share', 'recovery.hp_efficiency']);
  assert.ok(await page.$('select[data-control="calibrate-fit-1"] option[value="data_centre.utilisation"]'));
  // Nothing chosen: said in words, nothing run.
  for (let i = 1; i <= 4; i++) await page.selectOption(`select[data-control="calibrate-fit-${i}"]`, '');
  await page.click('[data-action="calibrate-run"]');
  await page.waitForFunction(() => /at least one/.test(document.querySelector('[data-status="calibrate"]')?.textContent ?? ''));
  // Two inputs (one chosen twice counts once): the CLI's fit with --fit.
  await page.selectOption('select[data-control="calibrate-fit-1"]', FIT[0]);
  await page.selectOption('select[data-control="calibrate-fit-2"]', FIT[1]);
  await page.selectOption('select[data-control="calibrate-fit-3"]', FIT[0]);
  await page.click('[data-action="calibrate-run"]');
  await page.waitForSelector('[data-status="calibrate"][data-state="done"]', { state: 'attached', timeout: 120000 });
  const fitted = await page.$$eval('[data-table="calibrate-fitted"] tr[data-fit-path]', (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.fitPath, Number(r.dataset.value)])));
  assert.deepEqual(Object.keys(fitted).sort(), Object.keys(cal.fitted).sort());
  assert.deepEqual(Object.keys(fitted).sort(), [...FIT].sort());
  for (const [p, v] of Object.entries(cal.fitted)) assert.ok(close(fitted[p], v, 1e-4), `${p}: page ${fitted[p]}, cli ${v}`);
  assertClean(app);
  await app.context.close();
});

/**
 * The example's hourly means computed here from the CSV, independently of the Rust loader:
 * every timestamp is `YYYY-MM-DDTHH:MM+01:00` (UTC+1, the model's time), so the model hour is
 * (day of the year) × 24 + hour; each hour is the mean of its non-empty cells, in file order.
 * Returns { series: [8760 values or null] }.
 */
function exampleHourly() {
  const lines = fs.readFileSync(EXAMPLE, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split(',');
  const sums = {};
  const counts = {};
  for (const name of header.slice(1)) {
    sums[name] = new Array(8760).fill(0);
    counts[name] = new Array(8760).fill(0);
  }
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})\+01:00$/.exec(cells[0]);
    assert.ok(m, `timestamp ${cells[0]}`);
    const day = (Date.UTC(2023, Number(m[2]) - 1, Number(m[3])) - Date.UTC(2023, 0, 1)) / 86400000;
    const h = day * 24 + Number(m[4]);
    header.slice(1).forEach((name, i) => {
      const c = cells[i + 1];
      if (c !== undefined && c !== '') {
        sums[name][h] += Number(c);
        counts[name][h] += 1;
      }
    });
  }
  const out = {};
  for (const name of header.slice(1)) out[name] = sums[name].map((s, h) => (counts[name][h] ? s / counts[name][h] : null));
  return out;
}

test('a chosen week hour by hour with its daily sums, the scatter of every hour, and the share link without the measured data', async () => {
  const hourly = exampleHourly();
  const app = await openApp(browser, server.url);
  const { page } = app;
  await page.selectOption('select[data-control="preset"]', PRESET);
  // The share menu's link (computed when the menu opens).
  const shareLink = async () => {
    await page.$eval('input[data-control="share-link"]', (e) => { e.value = ''; });
    await page.click('details[data-control="share-menu"] > summary');
    await page.waitForFunction(() => document.querySelector('input[data-control="share-link"]')?.value);
    const link = await page.$eval('input[data-control="share-link"]', (e) => e.value);
    await page.click('details[data-control="share-menu"] > summary');
    return link;
  };
  const linkBefore = await shareLink();
  assert.equal(await page.$$eval('[data-status="measured-share"]', (e) => e.length), 0, 'no note without measured data');
  await page.setInputFiles(UPLOAD, EXAMPLE);
  await waitForCliFigures(page);
  const WEEK = 'input[data-control="measured-week"]';

  // The default week: the first whose seven days all have a measured hour of the series shown
  // (heat delivered): the example starts on 1 January, so week 1.
  const series = 'heat_delivered_kw';
  await page.selectOption('select[data-control="measured-series"]', series);
  await page.waitForSelector(`[data-table="measured-week"][data-series="${series}"]`);
  const dayHas = (d) => hourly[series].slice(d * 24, d * 24 + 24).some((v) => v !== null);
  let firstFull = 1;
  while (![0, 1, 2, 3, 4, 5, 6].every((i) => dayHas((firstFull - 1) * 7 + i))) firstFull += 1;
  assert.equal(await page.$eval(WEEK, (e) => e.value), String(firstFull));
  assert.equal(await page.$eval(WEEK, (e) => [e.min, e.max].join('–')), '1–52', 'the example covers the year');

  // Week 10 (days 63–69) holds the outage of 10 March (day 68), the whole day missing.
  await page.fill(WEEK, '10');
  await page.$eval(WEEK, (e) => e.dispatchEvent(new Event('change', { bubbles: true })));
  await page.waitForSelector(`[data-table="measured-week"][data-week="10"][data-series="${series}"]`);
  const rows = await page.$$eval('[data-table="measured-week"] tbody tr', (rs) =>
    rs.map((r) => ({ day: Number(r.dataset.day), hours: Number(r.dataset.hours), measured: r.dataset.measured === '' ? null : Number(r.dataset.measured), modelled: r.dataset.modelled === '' ? null : Number(r.dataset.modelled) })));
  assert.deepEqual(rows.map((r) => r.day), [63, 64, 65, 66, 67, 68, 69]);
  for (const r of rows) {
    const hours = hourly[series].slice(r.day * 24, r.day * 24 + 24).filter((v) => v !== null);
    assert.equal(r.hours, hours.length, `day ${r.day}: hours measured`);
    // kW averaged over an hour × 1 h = kWh: the day's sum over the hours measured.
    const kwh = hours.reduce((a, b) => a + b, 0);
    assert.ok(close(r.measured, kwh, 1e-9), `day ${r.day}: page ${r.measured} kWh, CSV ${kwh} kWh`);
    if (r.hours > 0) assert.ok(r.modelled > 0, `day ${r.day}: modelled over the same hours`);
    else assert.deepEqual([r.measured, r.modelled], [null, null], `day ${r.day}: a gap in both`);
  }
  assert.equal(rows.find((r) => r.day === 68).hours, 0, 'the outage is a gap, not filled');
  assert.match(await page.textContent('[data-table="measured-week"] tr[data-day="68"]'), /10 Mar\s*0\s*—\s*—/);
  assert.match(await page.textContent('[data-table="measured-week"] caption'), /week 10, daily sums/);
  assert.match(await page.textContent('[data-table="measured-week"] thead'), /Measured, kWh.*Modelled, kWh/s);
  assert.match(await page.textContent('[data-week-span]'), /^5 Mar – 11 Mar: 168 hourly values/);
  const drawn = (sel) => page.$eval(sel, (c) => {
    const b = document.createElement('canvas');
    b.width = c.width;
    b.height = c.height;
    return c.width > 0 && c.toDataURL() !== b.toDataURL();
  });
  assert.ok(await drawn('canvas[data-measured-chart="week"]'), 'the week chart is drawn');
  // Week 37 (days 252–258) holds the outage of 15 September (day 257) 08:00–14:00: 18 hours.
  await page.fill(WEEK, '37');
  await page.$eval(WEEK, (e) => e.dispatchEvent(new Event('change', { bubbles: true })));
  await page.waitForSelector('[data-table="measured-week"][data-week="37"]');
  const want257 = hourly[series].slice(257 * 24, 258 * 24).filter((v) => v !== null).length;
  assert.equal(want257, 18);
  assert.equal(await page.getAttribute('tr[data-day="257"]', 'data-hours'), '18');
  // Out of range is held to the period's weeks.
  await page.fill(WEEK, '99');
  await page.$eval(WEEK, (e) => e.dispatchEvent(new Event('change', { bubbles: true })));
  await page.waitForSelector('[data-table="measured-week"][data-week="52"]');

  // Temperatures: daily means in °C instead of sums.
  await page.selectOption('select[data-control="measured-series"]', 'supply_c');
  await page.waitForSelector('[data-table="measured-week"][data-series="supply_c"]');
  assert.match(await page.textContent('[data-table="measured-week"] caption'), /daily means/);
  assert.match(await page.textContent('[data-table="measured-week"] thead'), /Measured, °C/);

  // The scatter: one point per hour compared, as many as the statistics compare.
  await page.selectOption('select[data-control="measured-series"]', series);
  await page.waitForFunction(
    (n) => document.querySelector('[data-scatter-hours]')?.dataset.scatterHours === String(n),
    cli.before[series].hours,
  );
  assert.ok(await drawn('canvas[data-measured-chart="scatter"]'), 'the scatter is drawn');
  const label = await page.getAttribute('canvas[data-measured-chart="scatter"]', 'aria-label');
  assert.match(label, new RegExp(`Heat delivered, modelled against measured: ${cli.before[series].hours.toLocaleString('en-GB')} hours plotted`));
  assert.equal(await page.getAttribute('canvas[data-measured-chart="scatter"]', 'role'), 'img');

  // The share link: the measured data are not in it, the page says so and offers them as JSON.
  await page.waitForSelector('[data-status="measured-share"][data-state="not-in-link"]');
  const note = await page.textContent('[data-status="measured-share"]');
  const values = cli.measured.series.reduce((a, s) => a + s.hours_present, 0);
  assert.match(note, new RegExp(`example-15min\\.csv \\(${values.toLocaleString('en-GB')} hourly values\\) are not in the share link`));
  // The measured series are not in the link; the ticked drivers (IT load and outdoor
  // temperature by default) are, as the scenario's measured profiles (`d=`, docs/model/measured.md §9).
  const linkAfter = await shareLink();
  assert.notEqual(linkAfter, linkBefore);
  assert.match(linkAfter, /&d=1\./, 'the ticked drivers travel as the scenario profiles');
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.click('[data-action="measured-download"]')]);
  assert.equal(dl.suggestedFilename(), 'example-15min-hourly.json');
  const json = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
  assert.deepEqual(json.series.map((s) => s.series), cli.measured.series.map((s) => s.series));
  for (const s of json.series) {
    const want = hourly[s.series];
    assert.equal(s.values.length, 8760);
    for (let h = 0; h < 8760; h++) {
      const v = s.values[h];
      assert.ok(v === null ? want[h] === null : close(v, want[h], 1e-12), `${s.series} hour ${h}: ${v} vs ${want[h]}`);
    }
  }

  // In Italian.
  await page.selectOption('select[data-control="language"]', 'it');
  await page.waitForFunction(() => document.documentElement.lang === 'it');
  assert.match(await page.textContent('[data-status="measured-share"]'), /non sono nel link di condivisione/);
  assert.match(await page.textContent('[data-action="measured-download"]'), /Scarica le serie misurate \(JSON\)/);
  assert.match(await page.textContent('[data-table="measured-week"] caption'), /settimana 52, somme giornaliere/);
  assertClean(app);
  await app.context.close();
});

test('measured drivers: it_kw and outdoor_c drive by default, the checkboxes choose, the figures follow heat-twin-cli compare --drive', async () => {
  const cliWith = (drive) => JSON.parse(execFileSync(
    path.join(root, 'target', 'release', 'heat-twin-cli'),
    ['compare', path.join('scenarios', `${PRESET}.json`), '--measured', EXAMPLE, '--drive', drive],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 },
  ));
  const app = await openApp(browser, server.url);
  const { page } = app;
  await page.selectOption('select[data-control="preset"]', PRESET);
  await page.setInputFiles(UPLOAD, EXAMPLE);
  await waitForCliFigures(page);
  const box = (s) => `input[data-control="measured-drive-${s}"]`;
  for (const s of ['it_kw', 'outdoor_c']) assert.equal(await page.isChecked(box(s)), true, s);
  for (const s of ['network_demand_kw', 'supply_c']) assert.equal(await page.isChecked(box(s)), false, s);
  // The example's 30 documented missing hours per series keep the model's (8,730 driven).
  assert.match(await page.textContent('[data-measured-drivers]'), /8,730 h.*8,730 h/);
  assert.equal(Number(await page.getAttribute('[data-stat="it_kw.cv_rmse"]', 'data-value')), 0);

  // Nothing ticked: the page's figures are `--drive none`'s.
  const none = cliWith('none');
  await page.uncheck(box('it_kw'));
  await page.uncheck(box('outdoor_c'));
  await page.waitForFunction(
    (w) => Math.abs(Number(document.querySelector('[data-stat="it_kw.cv_rmse"]')?.dataset.value) - w) <= 1e-9 * Math.abs(w),
    none.before.it_kw.cv_rmse,
    { timeout: 30000 },
  );
  assert.ok(close(Number(await page.getAttribute('[data-stat="heat_delivered_kw.nmbe"]', 'data-value')), none.before.heat_delivered_kw.nmbe));
  assert.ok((await page.textContent('[data-measured-drivers]')).length > 0);

  // All four: `--drive` with every driver.
  const all = cliWith('it_kw,outdoor_c,network_demand_kw,supply_c');
  for (const s of ['it_kw', 'outdoor_c', 'network_demand_kw', 'supply_c']) await page.check(box(s));
  await page.waitForFunction(
    (w) => Math.abs(Number(document.querySelector('[data-stat="heat_delivered_kw.nmbe"]')?.dataset.value) - w) <= 1e-9 * Math.abs(w),
    all.before.heat_delivered_kw.nmbe,
    { timeout: 30000 },
  );
  assert.equal(Number(await page.getAttribute('[data-stat="supply_c.cv_rmse"]', 'data-value')), 0);
  assertClean(app);
  await app.context.close();
});
