// Export and import: the hourly CSV adds up to the heat KPI, a saved scenario opens back to
// the same results, bad files are refused with every problem named and nothing changed, the
// chart saves as a PNG, and the printed report fits one or two A4 pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openApp, screenshot, setInput, kpi, resultsDir } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
  fs.mkdirSync(resultsDir, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every KPI card's data-value, by field. */
const allKpis = (page) =>
  page.$$eval('[data-kpi]', (els) => Object.fromEntries(els.map((e) => [e.dataset.kpi, e.dataset.value])));

/** Clicks `selector` and resolves to { name, bytes } of the download it starts. */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.click(selector)]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

/** Chooses a file for the import input and waits for the bar's message. */
async function importFile(page, file) {
  if (await page.$('[data-export-message] .export-dismiss')) {
    await page.click('[data-export-message] .export-dismiss');
    await page.waitForSelector('[data-export-message]', { state: 'detached' });
  }
  await page.setInputFiles('input[type=file][data-action="import-json"]', file);
  await page.waitForSelector('[data-export-message]', { timeout: 10000 });
  return {
    kind: await page.getAttribute('[data-export-message]', 'data-export-message'),
    text: await page.textContent('[data-export-message]'),
  };
}

/**
 * Parses an hourly CSV: strips a byte-order mark and the `#` comment lines, splits on
 * `separator` and reads numbers with `decimal` as the mark. Returns { comments, header, rows }.
 */
function parseCsv(text, separator, decimal) {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const comments = lines.filter((l) => l.startsWith('#'));
  const data = lines.filter((l) => !l.startsWith('#'));
  const header = data[0].split(separator);
  const rows = data.slice(1).map((l) => l.split(separator));
  const num = (cell) => (cell === '' ? null : Number(decimal === ',' ? cell.replace(',', '.') : cell));
  return { comments, header, rows, num };
}

/** Sums a kW column over the year, in MWh. */
function sumMwh({ header, rows, num }, column) {
  const col = header.indexOf(column);
  assert.ok(col >= 0, `${column} among ${header}`);
  let sum = 0;
  for (const r of rows) sum += num(r[col]);
  return sum / 1000;
}

// Each hourly value is rounded to 0.1 kW: at most 0.05 kWh off per hour, 8,760 × 0.05 kWh =
// 0.438 MWh over the year.
const ROUNDING_MWH = 0.438;

test('the hourly CSV has a time column, a commented header and sums to the heat KPI', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  const { name, bytes } = await download(page, '[data-action="export-csv"]');
  assert.match(name, /^[a-z0-9-]+-hourly\.csv$/);
  const csv = parseCsv(bytes.toString('utf8'), ',', '.');
  assert.equal(csv.rows.length, 8760, '8,760 hours');
  assert.equal(csv.header[0], 'time');
  assert.equal(csv.rows[0][0], '2025-01-01T00:00');
  assert.equal(csv.rows[8759][0], '2025-12-31T23:00');
  assert.ok(csv.comments.some((c) => /^# name: \S/.test(c)), csv.comments.join('\n'));
  assert.ok(csv.comments.some((c) => c.startsWith('# model_version: ')));
  assert.ok(csv.comments.some((c) => c.startsWith('# units: ') && /°C/.test(c) && /kW/.test(c)));
  assert.ok(csv.comments.some((c) => /local standard time/.test(c)));
  for (const r of csv.rows.slice(0, 50)) {
    assert.equal(r.length, csv.header.length);
    assert.match(r[csv.header.indexOf('delivered_kw')], /^-?\d+\.\d$/, 'kW to 0.1');
    assert.match(r[csv.header.indexOf('t_out_c')], /^-?\d+\.\d\d$/, '°C to 0.01');
  }
  const heat = await kpi(page, 'heat_delivered_mwh');
  assert.ok(heat > 0);
  const sum = sumMwh(csv, 'delivered_kw');
  assert.ok(Math.abs(sum - heat) <= ROUNDING_MWH, `CSV ${sum} MWh vs KPI ${heat} MWh`);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the local CSV opens in an Italian spreadsheet: semicolons, decimal comma, same sum', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  await page.selectOption('select[data-control="language"]', 'it');
  await page.waitForFunction(() => document.documentElement.lang === 'it');
  const { name, bytes } = await download(page, '[data-action="export-csv-local"]');
  assert.match(name, /^[a-z0-9-]+-hourly-it\.csv$/);
  const text = bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark, so that Excel reads UTF-8');
  const csv = parseCsv(text, ';', ',');
  assert.equal(csv.rows.length, 8760);
  assert.equal(csv.header[0], 'time');
  const cell = csv.rows[0][csv.header.indexOf('t_out_c')];
  assert.match(cell, /^-?\d+,\d\d$/, `decimal comma: ${cell}`);
  const heat = await kpi(page, 'heat_delivered_mwh');
  const sum = sumMwh(csv, 'delivered_kw');
  assert.ok(Math.abs(sum - heat) <= ROUNDING_MWH, `local CSV ${sum} MWh vs KPI ${heat} MWh`);
  // The standard one is still comma and dot in Italian.
  const std = await download(page, '[data-action="export-csv"]');
  const s = parseCsv(std.bytes.toString('utf8'), ',', '.');
  assert.equal(s.header.length, csv.header.length);
  assert.ok(Math.abs(sumMwh(s, 'delivered_kw') - sum) <= 1e-6);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a saved scenario opens back to identical results; bad files change nothing', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  const saved = await download(page, '[data-action="export-json"]');
  assert.match(saved.name, /^[a-z0-9-]+\.json$/);
  const scenario = JSON.parse(saved.bytes.toString('utf8'));
  assert.equal(typeof scenario, 'object');
  const file = path.join(resultsDir, saved.name);
  fs.writeFileSync(file, saved.bytes);
  const want = await allKpis(page);

  // Change a control; the results change.
  const racks = 'input[type=number][data-field="data_centre.racks"]';
  const r0 = await page.$eval(racks, (e) => Number(e.value));
  await setInput(page, racks, String(Math.max(1, Math.round(r0 / 2))));
  await page.waitForFunction((h) => document.querySelector('[data-kpi="heat_delivered_mwh"]').dataset.value !== h, want.heat_delivered_mwh);

  // Open the saved file: every KPI is back, bit for bit.
  const ok = await importFile(page, file);
  assert.equal(ok.kind, 'ok', ok.text);
  await page.waitForFunction((h) => document.querySelector('[data-kpi="heat_delivered_mwh"]').dataset.value === h, want.heat_delivered_mwh);
  assert.deepEqual(await allKpis(page), want);
  assert.equal(await page.$eval(racks, (e) => Number(e.value)), r0);

  // Not JSON.
  const broken = await importFile(page, { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "data_centre": { "racks": 12 ') });
  assert.equal(broken.kind, 'error');
  assert.match(broken.text, /broken\.json/);
  assert.match(broken.text, /line 1, column \d+/);
  assert.match(broken.text, /Nothing was changed/);
  assert.deepEqual(await allKpis(page), want, 'a broken file changes nothing');

  // Not text.
  const binary = await importFile(page, { name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]) });
  assert.equal(binary.kind, 'error');
  assert.match(binary.text, /photo\.json is not UTF-8 text/);
  assert.deepEqual(await allKpis(page), want);

  // Values out of range and an unknown field: every problem, with its path and value.
  const bad = await importFile(page, {
    name: 'too-big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ name: 'Too big', data_centre: { racks: 2000000, utilisation: 1.7 }, network: { colour: 'red' } })),
  });
  assert.equal(bad.kind, 'error');
  assert.match(bad.text, /3 problems/);
  assert.match(bad.text, /data_centre\.racks: 2000000 is out of range/);
  assert.match(bad.text, /data_centre\.utilisation: 1\.7 is out of range/);
  assert.match(bad.text, /network\.colour/);
  assert.equal(await page.$$eval('[data-export-message] li', (l) => l.length), 3);
  assert.deepEqual(await allKpis(page), want, 'a scenario with problems changes nothing');
  await screenshot(page, 'export-refused.png');

  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the visible chart saves as a PNG', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  await page.click('[data-chart-tab="monthly"]');
  await page.waitForTimeout(200);
  const { name, bytes } = await download(page, '[data-action="export-png"]');
  assert.match(name, /^[a-z0-9-]+-chart-monthly\.png$/);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(bytes.length > 5000, `${bytes.length} bytes`);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** In the page: how many of the PNG's pixels are not blank (opaque and not the most common colour). */
const inkedPixels = (page, bytes) =>
  page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < d.length; i += 4) {
      const key = d[i + 3] === 0 ? 'clear' : `${d[i]},${d[i + 1]},${d[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [, background] = [...counts].sort((a, b) => b[1] - a[1])[0];
    return { inked: c.width * c.height - background - (counts.get('clear') ?? 0), total: c.width * c.height };
  }, bytes.toString('base64'));

test('a chart not yet scrolled into view is redrawn from the current run before it saves as a PNG', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url, { width: 375, height: 667 });
  const canvas = 'canvas[data-chart="year"]';
  const outOfView = () => page.$eval(canvas, (c) => c.getBoundingClientRect().top > window.innerHeight);
  assert.ok(await outOfView(), 'on a phone the year chart starts below the fold');
  // Click in the page without scrolling (a real click would scroll the bar, and maybe the chart, into view).
  const exportPng = () => Promise.all([
    page.waitForEvent('download', { timeout: 10000 }),
    page.evaluate(() => document.querySelector('[data-action="export-png"]').click()),
  ]).then(async ([dl]) => fs.readFileSync(await dl.path()));
  const before = await exportPng();
  const heat = await kpi(page, 'heat_delivered_mwh');
  await setInput(page, 'input[type=range][data-field="data_centre.racks"]', 40);
  await page.waitForFunction((h) => Number(document.querySelector('[data-kpi="heat_delivered_mwh"]').dataset.value) !== h, heat);
  const after = await exportPng();
  assert.ok(await outOfView(), 'the chart is still out of view');
  for (const png of [before, after]) {
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { inked, total } = await inkedPixels(page, png);
    assert.ok(inked > total * 0.02, `a drawn chart, not a blank canvas: ${inked} of ${total} pixels inked`);
  }
  assert.notDeepEqual(after, before, 'the PNG follows the changed input');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printed report fits one or two A4 pages with the name, KPIs and charts', async (t) => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  await page.evaluate(() => {
    window.__beforeprint = 0;
    window.addEventListener('beforeprint', () => window.__beforeprint++);
  });
  // The print button calls window.print().
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => window.__printed++;
  });
  await page.click('[data-action="print"]');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  // The charts are in the report's images (drawn shortly after each run, and on beforeprint).
  await page.waitForFunction(() => [...document.querySelectorAll('.report img')].filter((i) => i.src.startsWith('data:image/png')).length === 5, null, { timeout: 5000 });
  const name = (await page.textContent('[data-report="name"]')).trim();
  assert.ok(name.length > 3, name);
  const heatText = (await page.textContent('[data-report-kpi="heat_delivered_mwh"] dd')).trim();
  const cardText = (await page.textContent('[data-kpi="heat_delivered_mwh"] .value')).trim();
  assert.ok(cardText.startsWith(heatText.split(' ')[0]), `report ${heatText} vs card ${cardText}`);
  assert.match(heatText, /MWh\/yr$/);
  assert.equal(await page.isVisible('.report'), false, 'the report is hidden on screen');

  const pdf = await page.pdf({ format: 'A4' });
  const file = path.join(resultsDir, 'report.pdf');
  fs.writeFileSync(file, pdf);
  t.diagnostic(`beforeprint fired ${await page.evaluate(() => window.__beforeprint)} time(s) for page.pdf()`);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages === 1 || pages === 2, `${pages} pages`);
  let text = null;
  try {
    text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch {
    t.diagnostic('pdftotext (poppler-utils) is missing: the PDF text is not checked');
  }
  if (text !== null) {
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(flat.includes(name.replace(/\s+/g, ' ')), `the PDF names the scenario "${name}"`);
    assert.ok(flat.includes(heatText), `the PDF shows the heat KPI "${heatText}"`);
    assert.match(flat, /Weather: \S/, 'the PDF names the weather and its source');
    assert.ok(flat.includes(server.url.replace(/\/$/, '')), 'the PDF has the link to the scenario');
  }
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the export bar wraps on a phone and leaves nothing wider than the screen', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { width: 390, height: 844 });
  for (const action of ['export-json', 'export-csv', 'export-png', 'print']) {
    assert.ok(await page.isVisible(`[data-action="${action}"]`), action);
  }
  assert.ok(await page.isVisible('label:has(input[data-action="import-json"])'), 'the import has a visible label');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
  await screenshot(page, 'export-phone.png');
  assert.deepEqual(errors, []);
  await context.close();
});
