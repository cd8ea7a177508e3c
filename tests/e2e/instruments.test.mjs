// The planner's instruments in Chromium (issue 9): goal seek and Monte Carlo run in the Web
// Worker (crates/worker), answer like heat-twin-cli, can be cancelled, and never block the page.
// Timings measured in the worker are printed (`instruments:` lines) for the speed note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openApp, setInput, kpi, root } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
  // Release: the model at opt-level 3, as the worker's wasm runs it (1,000 years take seconds in debug).
  execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'heat-twin-cli'], { cwd: root, stdio: 'inherit' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const BRESCIA = path.join('scenarios', 'brescia-pilot.json');
const cli = (...args) => {
  try {
    return execFileSync(path.join(root, 'target', 'release', 'heat-twin-cli'), args, { cwd: root, encoding: 'utf8' });
  } catch (e) {
    // `seek` exits 3 when the target is not met, still printing its JSON.
    if (e.status === 3) return e.stdout;
    throw e;
  }
};
const STATUS = '[data-status="instrument"]';
const state = (page) => page.getAttribute(STATUS, 'data-state');

async function openInstruments(page) {
  await page.$eval('details[data-group="instruments"]', (d) => { d.open = true; });
}

async function waitState(page, want, timeout = 30000) {
  await page.waitForFunction(
    ([sel, w]) => document.querySelector(sel)?.dataset.state === w,
    [STATUS, want],
    { timeout },
  );
}

async function seek(page, input, kpiName, target) {
  await page.selectOption('select[data-input="seek-input"]', input);
  await page.selectOption('select[data-input="seek-kpi"]', kpiName);
  await page.fill('input[data-input="seek-target"]', String(target));
  await page.click('[data-action="seek-run"]');
  await page.waitForFunction((sel) => ['done', 'failed'].includes(document.querySelector(sel)?.dataset.state), STATUS, { timeout: 30000 });
  assert.equal(await state(page), 'done', await page.textContent(STATUS));
  return page.$eval('.seek-answer', (e) => ({
    status: e.dataset.seekStatus,
    value: e.dataset.seekValue === undefined ? null : Number(e.dataset.seekValue),
    achieved: e.dataset.seekAchieved === undefined ? null : Number(e.dataset.seekAchieved),
    tolerance: Number(e.dataset.seekTolerance),
    text: e.textContent,
  }));
}

test('goal seek: racks for 5,000 homes on the Brescia pilot, applied, give 5,000 homes as the page simulates them', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  await openInstruments(page);
  assert.equal(await state(page), 'idle');
  const got = await seek(page, 'data_centre.racks', 'homes_equivalent', 5000);
  const ms = Number(await page.getAttribute(STATUS, 'data-elapsed-ms'));
  console.log(`instruments: goal seek racks → 5,000 homes (Brescia) in the worker: ${ms.toFixed(1)} ms`);
  const want = JSON.parse(cli('seek', BRESCIA, '--input', 'data_centre.racks', '--kpi', 'homes_equivalent', '--target', '5000'));
  assert.equal(got.status, want.status);
  assert.equal(got.status, 'found');
  assert.equal(got.value, want.value, 'the same whole number of racks as the CLI');
  assert.ok(Math.abs(got.achieved - want.achieved) <= 1e-9 * 5000, `${got.achieved} vs CLI ${want.achieved}`);
  assert.match(got.text, /homes_equivalent/);
  await page.click('[data-action="seek-apply"]');
  await page.waitForFunction(
    (v) => Number(document.querySelector('input[type=number][data-field="data_centre.racks"]')?.value) === v,
    got.value,
    { timeout: 5000 },
  );
  // The page's own run of the applied scenario gives the target within the stated tolerance.
  await page.waitForFunction(
    () => Math.abs(Number(document.querySelector('[data-kpi="homes_equivalent"]').dataset.value) - 5000) < 1,
    null,
    { timeout: 5000 },
  );
  const homes = await kpi(page, 'homes_equivalent');
  assert.ok(Math.abs(homes - 5000) <= got.tolerance, `page ${homes} vs target 5000 ± ${got.tolerance}`);
  assert.ok(Math.abs(homes - got.achieved) <= 1e-9 * 5000, `page ${homes} vs worker ${got.achieved}`);
  // The applied value is in the share link (written once the scenario is still).
  await page.waitForFunction(() => location.hash.includes('s=1.'), null, { timeout: 5000 });
  // Out of reach: more homes than Brescia's racks can heat within the allowed range.
  const far = await seek(page, 'data_centre.utilisation', 'homes_equivalent', 1e9);
  assert.equal(far.status, 'unreachable');
  assert.match(far.text, /cannot reach/);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('what the instruments were asked travels in the link: the forms come back filled and the last one runs again', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await openInstruments(page);
  await seek(page, 'data_centre.racks', 'homes_equivalent', 3000);
  await page.waitForFunction(() => location.hash.includes('&i=1.'), null, { timeout: 5000 });
  const afterSeek = await page.evaluate(() => location.hash);
  await page.fill('input[data-input="mc-runs"]', '40');
  await page.fill('input[data-input="mc-seed"]', '3');
  await page.click('[data-action="uncertainty-run"]');
  await waitState(page, 'done');
  const p50 = await page.getAttribute('[data-kpi="co2_avoided_t"]', 'data-p50');
  assert.ok(p50 !== null, 'bands after the Monte Carlo');
  // The address is written once the page is still; it holds the requests, not the results.
  await page.waitForFunction((before) => location.hash !== before, afterSeek, { timeout: 5000 });
  const url = page.url();
  await context.close();

  const again = await openApp(browser, url);
  const p = again.page;
  await waitState(p, 'done');
  assert.equal(await p.getAttribute(STATUS, 'data-kind'), 'uncertainty', 'the last request runs again');
  assert.equal(await p.$eval('details[data-group="instruments"]', (d) => d.open), true, 'the panel opens');
  assert.equal(await p.$eval('select[data-input="seek-input"]', (e) => e.value), 'data_centre.racks');
  assert.equal(await p.$eval('select[data-input="seek-kpi"]', (e) => e.value), 'homes_equivalent');
  assert.equal(await p.inputValue('input[data-input="seek-target"]'), '3000');
  assert.equal(await p.inputValue('input[data-input="mc-runs"]'), '40');
  assert.equal(await p.inputValue('input[data-input="mc-seed"]'), '3');
  assert.equal(await p.getAttribute('.mc-summary', 'data-mc-runs'), '40');
  // Same seed, same draws: the same band as before.
  assert.equal(await p.getAttribute('[data-kpi="co2_avoided_t"]', 'data-p50'), p50);
  assert.deepEqual(again.errors, []);
  await again.context.close();

  // A damaged or impossible request: the page says what was wrong and names the instruments.
  const bad = await openApp(browser, `${server.url}#p=brescia-pilot&i=1.@@@`);
  await bad.page.waitForSelector('.message[role="status"]');
  assert.match(await bad.page.textContent('.message[role="status"]'), /instruments/);
  await bad.context.close();
  assert.deepEqual(errors, []);
});

test('a Monte Carlo can be cancelled midway, and a late answer never lands', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await openInstruments(page);
  await page.fill('input[data-input="mc-runs"]', '50000');
  await page.click('[data-action="uncertainty-run"]');
  await waitState(page, 'running');
  // Progress is shown once it has run a while.
  await page.waitForSelector('.instr-status progress', { timeout: 20000 });
  await page.click('[data-action="cancel"]');
  assert.equal(await state(page), 'cancelled');
  await page.waitForTimeout(1500);
  assert.equal(await state(page), 'cancelled');
  assert.equal(await page.$('[data-kpi="co2_avoided_t"][data-p50]'), null, 'no bands from a cancelled run');
  // A newer request supersedes an older one: two clicks, one answer.
  await page.fill('input[data-input="mc-runs"]', '50000');
  await page.click('[data-action="uncertainty-run"]');
  await page.fill('input[data-input="mc-runs"]', '10');
  await page.click('[data-action="uncertainty-run"]');
  await waitState(page, 'done');
  assert.equal(await page.getAttribute('.mc-summary', 'data-mc-runs'), '10');
  assert.deepEqual(errors, []);
  await context.close();
});

test('1,000 seeded Monte Carlo runs in the worker give the CLI percentiles on the KPI cards', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await openInstruments(page);
  await page.fill('input[data-input="mc-runs"]', '1000');
  await page.fill('input[data-input="mc-seed"]', '1');
  await page.click('[data-action="uncertainty-run"]');
  await waitState(page, 'done', 60000);
  const mcMs = Number(await page.getAttribute(STATUS, 'data-elapsed-ms'));
  console.log(`instruments: 1,000 Monte Carlo runs + tornado (Brescia) in the worker: ${mcMs.toFixed(0)} ms`);
  const want = JSON.parse(cli('uncertainty', BRESCIA, '--runs', '1000', '--seed', '1')).percentiles;
  const cards = await page.$$eval('[data-kpi][data-p50]', (els) => els.map((e) => [e.dataset.kpi, Number(e.dataset.p10), Number(e.dataset.p50), Number(e.dataset.p90)]));
  assert.ok(cards.length >= 10, `${cards.length} cards carry a band`);
  for (const [field, p10, p50, p90] of cards) {
    const w = want[field];
    assert.ok(w, `${field} has CLI percentiles`);
    for (const [got, exp, name] of [[p10, w.p10, 'p10'], [p50, w.p50, 'p50'], [p90, w.p90, 'p90']]) {
      // wasm's libm and the host's may differ in the last bits of exp/ln: 1e-9 relative.
      assert.ok(Math.abs(got - exp) <= 1e-9 * Math.max(Math.abs(exp), 1e-300) || got === exp, `${field} ${name}: page ${got} vs CLI ${exp}`);
    }
    assert.ok(p10 <= p50 && p50 <= p90, `${field} ordered`);
  }
  assert.match(await page.textContent('[data-kpi="co2_avoided_t"] .band'), /P10–P90/);
  // The tornado: a table (the chart's text alternative) sorted by swing.
  const swings = await page.$$eval('[data-table="tornado"] tr[data-swing]', (rows) => rows.map((r) => Number(r.dataset.swing)));
  assert.ok(swings.length >= 10, `${swings.length} bars`);
  for (let i = 1; i < swings.length; i++) assert.ok(swings[i - 1] >= swings[i], 'sorted by swing');
  // The samples as CSV: a header and 1,000 rows.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="uncertainty-csv"]')]);
  const lines = fs.readFileSync(await download.path(), 'utf8').trim().split('\n');
  assert.equal(lines.length, 1001);
  assert.match(lines[0], /co2_avoided_t/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page keeps drawing and answers a slider while a Monte Carlo runs', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await openInstruments(page);
  await page.fill('input[data-input="mc-runs"]', '3000');
  // Frame gaps while it runs (headless Chromium draws at 60 Hz).
  await page.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    const tick = (t) => {
      window.__gaps.push(t - last);
      last = t;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // The same measure for one second without a run, for comparison on a busy machine.
  await page.waitForTimeout(1000);
  const idleGaps = await page.evaluate(() => { const g = window.__gaps; window.__gaps = []; return g; });
  const heat0 = await kpi(page, 'heat_delivered_mwh');
  await page.click('[data-action="uncertainty-run"]');
  await waitState(page, 'running');
  const slider = 'input[type=range][data-field="data_centre.utilisation"]';
  const t0 = Date.now();
  await setInput(page, slider, '0.5');
  await page.waitForFunction((h) => Number(document.querySelector('[data-kpi="heat_delivered_mwh"]').dataset.value) !== h, heat0, { timeout: 2000 });
  const answeredMs = Date.now() - t0;
  assert.equal(await state(page), 'running', 'the slider was answered while the Monte Carlo still ran');
  await waitState(page, 'done', 60000);
  const gaps = await page.evaluate(() => { window.__stopFrames = true; return window.__gaps; });
  const maxGap = Math.max(...gaps.slice(1));
  const idleMax = Math.max(...idleGaps.slice(1));
  console.log(`instruments: slider answered in ${answeredMs} ms during a 3,000-run Monte Carlo; longest frame gap ${maxGap.toFixed(0)} ms over ${gaps.length} frames (without a run: ${idleMax.toFixed(0)} ms over ${idleGaps.length} frames)`);
  // The page kept drawing frames during the run (a blocked main thread draws none until the end).
  assert.ok(gaps.length >= 10, `${gaps.length} frames drawn during the run`);
  // The bands belong to the scenario the run was asked on: with the slider moved, none show.
  assert.equal(await page.$('[data-kpi="co2_avoided_t"][data-p50]'), null, 'no band on a changed scenario');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the instruments speak Italian', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { locale: 'it-IT' });
  await openInstruments(page);
  const got = await seek(page, 'data_centre.racks', 'homes_equivalent', 5000);
  assert.equal(got.status, 'found');
  assert.match(got.text, /dà homes_equivalent/);
  assert.match(await page.textContent('details[data-group="instruments"] summary'), /Strumenti/);
  assert.deepEqual(errors, []);
  await context.close();
});

// Under a path prefix: a build made with `trunk build --release --public-url /sub/app/
// --dist DIR`, given as HEAT_TWIN_PREFIX_DIST=DIR, served at /sub/app/ only (skipped without it).
test('under a path prefix the worker is fetched from the prefix and answers', { skip: !process.env.HEAT_TWIN_PREFIX_DIST }, async () => {
  const http = await import('node:http');
  const dir = path.resolve(process.env.HEAT_TWIN_PREFIX_DIST);
  const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
  const paths = [];
  const srv = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    paths.push(p);
    if (!p.startsWith('/sub/app/')) return res.writeHead(404).end();
    let file = path.join(dir, p.slice('/sub/app/'.length));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    });
  });
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${srv.address().port}/sub/app/`;
  const { page, context, errors } = await openApp(browser, url);
  await openInstruments(page);
  const got = await seek(page, 'data_centre.racks', 'homes_equivalent', 5000);
  assert.equal(got.status, 'found');
  assert.ok(paths.includes('/sub/app/heat-twin-worker_loader.js'), paths.join(' '));
  assert.ok(paths.every((p) => p.startsWith('/sub/app/')), `every request under the prefix: ${paths.join(' ')}`);
  assert.deepEqual(errors, []);
  await context.close();
  await new Promise((r) => srv.close(r));
});
