// The region page (issue 8, src/region/): reached from the header at #region, the Lombardy
// portfolio run in the Web Worker gives the aggregate that `heat-twin-cli portfolio` prints;
// progress toward the target, the tables, axe, 375 px, Italian. Prints a `region:` line with
// the worker's time for the speed note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveDist, launch, openApp, root, setInput } from './harness.mjs';

let server;
let browser;
let cli;
before(async () => {
  server = await serveDist();
  browser = await launch();
  // The CLI run is the reference: regenerated here from the same portfolio file.
  execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'heat-twin-cli'], { cwd: root, stdio: 'inherit' });
  const exe = path.join(root, 'target', 'release', 'heat-twin-cli');
  cli = (file) => JSON.parse(execFileSync(exe, ['portfolio', file], { cwd: root, encoding: 'utf8' }));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const STATUS = '[data-status="region"]';
const CARD = '[data-scope="portfolio"][data-kpi]';

async function waitDone(page, timeout = 60000) {
  await page.waitForFunction(
    (sel) => ['done', 'failed'].includes(document.querySelector(sel)?.dataset.state),
    STATUS,
    { timeout },
  );
  assert.equal(await page.getAttribute(STATUS, 'data-state'), 'done', await page.textContent(STATUS));
}

async function cards(page) {
  return page.$$eval(CARD, (els) => els.map((e) => [e.dataset.kpi, e.dataset.value]));
}

/** Relative closeness: the worker's wasm and the native CLI may differ in the last bits of libm. */
function close(a, b, what) {
  const tol = 1e-9 * Math.max(1, Math.abs(b));
  assert.ok(Math.abs(a - b) <= tol, `${what}: page ${a}, CLI ${b}`);
}

test('the header leads to #region; Lombardy matches heat-twin-cli portfolio', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  await page.click('a[data-nav="region"]');
  await page.waitForSelector('select[data-control="portfolio"]');
  const options = await page.$$eval('select[data-control="portfolio"] option', (os) => os.map((o) => o.value).sort());
  const stems = fs.readdirSync(path.join(root, 'portfolios')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
  assert.deepEqual(options, stems);
  await page.selectOption('select[data-control="portfolio"]', 'lombardy');
  await waitDone(page);
  assert.match(page.url(), /#region&pf=lombardy$/);
  const want = cli('portfolios/lombardy.json');
  const got = await cards(page);
  assert.ok(got.length >= 8, JSON.stringify(got));
  for (const [field, value] of got) {
    const ref = want.summary[field];
    if (ref === null || ref === undefined) {
      assert.equal(value, '', field);
    } else {
      close(Number(value), ref, field);
    }
  }
  // Progress toward the target: the CLI's homes against the file's 150,000, with its provenance.
  const bar = await page.$eval('.region-target progress', (p) => ({ max: Number(p.max), homes: Number(p.dataset.homes) }));
  assert.equal(bar.max, want.target_homes);
  close(bar.homes, want.summary.homes_equivalent, 'homes');
  const prov = await page.textContent('[data-region="target-provenance"]');
  assert.match(prov, /illustrative target/);
  // Tables: one row per site and per network; the site table's delivered heat sums to the aggregate.
  const siteRows = await page.$$eval('table[data-table="sites"] tbody tr', (rs) => rs.length);
  assert.equal(siteRows, want.sites.length);
  const netRows = await page.$$eval('table[data-table="networks"] tbody tr', (rs) => rs.length);
  assert.equal(netRows, want.networks.length);
  const counts = await page.$$eval('table[data-table="networks"] tbody tr td:last-child', (tds) => tds.map((t) => t.textContent));
  assert.ok(counts.every((c) => /^\d+ sites$/.test(c)), counts.join());
  const delivered = await page.$$eval('table[data-table="sites"] tbody tr td:nth-of-type(3)', (tds) => tds.map((t) => Number(t.dataset.value)));
  close(delivered.reduce((a, b) => a + b, 0), want.summary.heat_delivered_mwh, 'sum of the sites');
  // Sorted by heat delivered, largest first; a click on the header reverses it.
  assert.deepEqual(delivered, [...delivered].sort((a, b) => b - a));
  await page.click('table[data-table="sites"] th:nth-of-type(4) button');
  const again = await page.$$eval('table[data-table="sites"] tbody tr td:nth-of-type(3)', (tds) => tds.map((t) => Number(t.dataset.value)));
  assert.deepEqual(again, [...delivered].reverse().sort((a, b) => a - b));
  // The map: 12 provinces fetched from this origin with their attribution; one dot and one
  // line per site, one disc per network; dots coloured by the site's mode.
  await page.waitForSelector('[data-region="map"] path.province');
  assert.equal(await page.$$eval('[data-region="map"] path.province', (ps) => ps.length), 12);
  assert.match(await page.textContent('[data-region="map-attribution"]'), /Openpolis, CC BY 4\.0/);
  assert.equal(await page.$$eval('[data-region="map"] circle.site-marker', (c) => c.length), want.sites.length);
  assert.equal(await page.$$eval('[data-region="map"] line.site-link', (c) => c.length), want.sites.length);
  assert.equal(await page.$$eval('[data-region="map"] circle.network-marker', (c) => c.length), want.networks.length);
  const modes = await page.$$eval('[data-region="map"] circle.site-marker', (cs) => cs.map((c) => c.dataset.mode));
  assert.ok(modes.every((m) => ['direct', 'heat_pump', 'return_line'].includes(m)), modes.join());
  // The ranking: the largest contributor first, as the CLI's largest heat_delivered_mwh.
  const bars = await page.$$eval('[data-region="ranking"] [data-bar]', (bs) => bs.map((b) => [b.dataset.bar, Number(b.dataset.value)]));
  assert.equal(bars.length, Math.min(20, want.sites.length));
  const top = [...want.sites].sort((a, b) => b.heat_delivered_mwh - a.heat_delivered_mwh)[0];
  assert.equal(bars[0][0], top.name);
  close(bars[0][1], top.heat_delivered_mwh, 'largest contributor');
  const ms = await page.textContent(STATUS);
  console.log(`region: ${ms.trim()}`);
  // Back to the single site: its KPIs are shown again and the region's are gone.
  await page.click('a[data-nav="twin"]');
  await page.waitForFunction(() => !document.querySelector('[data-scope="portfolio"]'));
  assert.ok(await page.isVisible('[data-kpi="heat_delivered_mwh"]'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a portfolio link opens the region on it; the shared example matches the CLI', async () => {
  const { page, context, errors } = await openApp(browser, `${server.url}#region&pf=example-shared`);
  await waitDone(page);
  assert.equal(await page.inputValue('select[data-control="portfolio"]'), 'example-shared');
  const want = cli('portfolios/example-shared.json');
  const heat = Number(await page.getAttribute('[data-scope="portfolio"][data-kpi="heat_delivered_mwh"]', 'data-value'));
  close(heat, want.summary.heat_delivered_mwh, 'heat_delivered_mwh');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The `pj=` part of a portfolio's JSON, as src/region/link.rs writes it. */
const pj = (json) => `1.${zlib.deflateSync(Buffer.from(json), { level: 9 }).toString('base64url')}`;

test('a whole portfolio travels in the link; a file opens; a bad file or link loses nothing', async () => {
  const example = fs.readFileSync(path.join(root, 'portfolios', 'example-shared.json'), 'utf8');
  const want = cli('portfolios/example-shared.json');
  const { page, context, errors, foreign } = await openApp(browser, `${server.url}#region&pj=${pj(example)}`);
  await waitDone(page);
  assert.equal(await page.inputValue('select[data-control="portfolio"]'), 'custom');
  const heat = async () => Number(await page.getAttribute('[data-scope="portfolio"][data-kpi="heat_delivered_mwh"]', 'data-value'));
  close(await heat(), want.summary.heat_delivered_mwh, 'from the link');
  // Back to Lombardy, then the same portfolio from a file: the address carries it again.
  await page.selectOption('select[data-control="portfolio"]', 'lombardy');
  await waitDone(page);
  await page.setInputFiles('input[data-control="portfolio-file"]', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(example) });
  await page.waitForFunction(() => location.hash.startsWith('#region&pj=1.'));
  await waitDone(page);
  close(await heat(), want.summary.heat_delivered_mwh, 'from the file');
  const link = page.url();
  // A bad file: the problem is named, the last answer stays.
  const bad = example.replace('"racks": 100, "rack_kw": 10, "utilisation"', '"racks": -5, "rack_kw": 10, "utilisation"');
  await page.setInputFiles('input[data-control="portfolio-file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.state === 'failed', STATUS);
  assert.match(await page.textContent(STATUS), /sites\[0\]\.data_centre\.racks/);
  close(await heat(), want.summary.heat_delivered_mwh, 'kept after a bad file');
  // The link written for the file opens the same portfolio in a new page.
  const again = await openApp(browser, link);
  await waitDone(again.page);
  close(Number(await again.page.getAttribute('[data-scope="portfolio"][data-kpi="heat_delivered_mwh"]', 'data-value')), want.summary.heat_delivered_mwh, 'link round trip');
  await again.context.close();
  // A damaged link: a message, and Lombardy instead.
  const cut = await openApp(browser, `${server.url}#region&pj=1.eNqrVkpUsjKsBQAIK`);
  await waitDone(cut.page);
  assert.equal(await cut.page.inputValue('select[data-control="portfolio"]'), 'lombardy');
  assert.ok(await cut.page.isVisible('.region .message'));
  await cut.context.close();
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Italian (dark), axe clean, 375 px without horizontal scrolling', async () => {
  const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');
  for (const [width, lang] of [[1280, 'en'], [375, 'it']]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: lang === 'it' ? 'it-IT' : 'en-GB', colorScheme: lang === 'it' ? 'dark' : 'light' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}#region`);
    await waitDone(page);
    await page.selectOption('select[data-control="language"]', lang);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    if (lang === 'it') {
      assert.match(await page.textContent('#region-title'), /La regione/);
      assert.match(await page.textContent('.region-target-number'), /abitazioni su 150\.000/);
      // Numbers in the Italian style, with their unit.
      const cell = await page.textContent('table[data-table="networks"] tbody tr td');
      assert.match(cell, /MWh\/a|MWh/);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${width} px: ${overflow} px of horizontal scroll`);
    await page.evaluate(fs.readFileSync(axePath, 'utf8'));
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    assert.deepEqual(violations, [], JSON.stringify(violations));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

const SITE_ROWS = 'table[data-table="sites"] tbody tr';
const siteNames = (page) => page.$$eval(`${SITE_ROWS} th`, (ths) => ths.map((t) => t.textContent).sort());
const kpi = async (page, field) => Number(await page.getAttribute(`[data-scope="portfolio"][data-kpi="${field}"]`, 'data-value'));

/** Waits until the sites table has `n` rows of a finished run. */
async function waitRows(page, n) {
  await page.waitForFunction(
    ([rows, status, want]) => document.querySelectorAll(rows).length === want
      && document.querySelector(status)?.dataset.state === 'done',
    [SITE_ROWS, STATUS, n],
    { timeout: 60000 },
  );
}

test('sites are added, duplicated and removed in the page; the link keeps them; a bad edit loses nothing', async () => {
  const { page, context, errors, foreign } = await openApp(browser, `${server.url}#region&pf=example-shared`);
  await waitDone(page);
  assert.equal(await page.$$eval(SITE_ROWS, (rs) => rs.length), 2);
  const heat0 = await kpi(page, 'heat_delivered_mwh');
  // Add a liquid-cooled site (the Brescia pilot's data centre) to the one small network: its heat
  // needs no heat pump, so it comes first in the merit order and the delivered heat changes.
  await page.fill('input[data-control="add-name"]', 'Site C');
  await page.selectOption('select[data-control="add-preset"]', 'brescia-pilot');
  await page.click('button[data-action="add-site"]');
  await waitRows(page, 3);
  assert.deepEqual(await siteNames(page), ['Site A (written out)', 'Site B (preset with overrides)', 'Site C']);
  const heat1 = await kpi(page, 'heat_delivered_mwh');
  assert.notEqual(heat1, heat0);
  assert.equal(await page.inputValue('select[data-control="portfolio"]'), 'custom');
  assert.match(page.url(), /#region&pj=1\./);
  assert.match(await page.textContent('.region .message'), /Added the site "Site C"/);
  // Duplicate: "Site C (2)" right after it; then remove the copy: the same portfolio, the same heat.
  await page.click('button[data-action="duplicate-site"][aria-label="Duplicate Site C"]');
  await waitRows(page, 4);
  assert.ok((await siteNames(page)).includes('Site C (2)'));
  await page.click('button[data-action="remove-site"][aria-label="Remove Site C (2)"]');
  await waitRows(page, 3);
  close(await kpi(page, 'heat_delivered_mwh'), heat1, 'after duplicate and remove');
  // The link carries the edited portfolio whole.
  const again = await openApp(browser, page.url());
  await waitRows(again.page, 3);
  close(await kpi(again.page, 'heat_delivered_mwh'), heat1, 'edited portfolio from its link');
  await again.context.close();
  // A latitude out of range: refused with the field named; what was typed stays in the form.
  await page.fill('input[data-control="add-name"]', 'Too far');
  await page.fill('input[data-control="add-lat"]', '95');
  await page.click('button[data-action="add-site"]');
  await page.waitForFunction(() => /Latitude: "95"/.test(document.querySelector('.region .message')?.textContent ?? ''));
  assert.equal(await page.inputValue('input[data-control="add-name"]'), 'Too far');
  assert.equal(await page.$$eval(SITE_ROWS, (rs) => rs.length), 3);
  // Down to one site; removing it is refused with a message and the portfolio stays.
  for (const name of ['Site A (written out)', 'Site B (preset with overrides)']) {
    const n = await page.$$eval(SITE_ROWS, (rs) => rs.length);
    await page.click(`button[data-action="remove-site"][aria-label="Remove ${name}"]`);
    await waitRows(page, n - 1);
  }
  const link = page.url();
  const heatLast = await kpi(page, 'heat_delivered_mwh');
  await page.click('button[data-action="remove-site"][aria-label="Remove Site C"]');
  await page.waitForFunction(() => /last site cannot be removed/.test(document.querySelector('.region .message')?.textContent ?? ''));
  assert.equal(page.url(), link);
  assert.deepEqual(await siteNames(page), ['Site C']);
  assert.equal(await kpi(page, 'heat_delivered_mwh'), heatLast);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a CSV site list: good rows added, the bad row named; an edit the model refuses loses nothing', async () => {
  const { page, context, errors } = await openApp(browser, `${server.url}#region&pf=example-shared`);
  await waitDone(page);
  const before = await kpi(page, 'heat_offered_not_taken_mwh');
  const long = 'L'.repeat(200);
  const csv = [
    'name,lat,lon,network,racks,rack_kw,cooling,preset',
    'Liquid one,45.5,9.2,small,50,20,hot_water_liquid,brescia-pilot',
    'Nowhere,45.5,9.2,milano-ovest,50,20,air,',
    `${long},,,small,,,,settimo-milanese`,
  ].join('\n');
  await page.setInputFiles('input[data-control="sites-csv"]', { name: 'sites.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await waitRows(page, 4);
  const problems = await page.$$eval('[data-region="csv-problems"] li', (ls) => ls.map((l) => l.textContent));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^Line 3, column 4 \(network\): no network "milano-ovest" in this portfolio; known: small\.$/);
  assert.match(await page.textContent('.region .message'), /Sites added from the CSV file: 2; rows skipped: 1\./);
  assert.ok((await siteNames(page)).includes('Liquid one'));
  assert.notEqual(await kpi(page, 'heat_offered_not_taken_mwh'), before);
  // Duplicating the 200-character name gives a 204-character one, which the model refuses:
  // the page says so and goes back to the portfolio before, its link and its figures.
  const link = page.url();
  const heat = await kpi(page, 'heat_delivered_mwh');
  await page.click(`button[data-action="duplicate-site"][aria-label="Duplicate ${long}"]`);
  await page.waitForFunction(() => /not applied/.test(document.querySelector('.region .message')?.textContent ?? ''), null, { timeout: 60000 });
  assert.match(await page.textContent('.region .message'), /sites\[\d\]\.name/);
  await waitRows(page, 4);
  await page.waitForFunction((l) => location.href === l, link);
  assert.equal(await kpi(page, 'heat_delivered_mwh'), heat);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a site opens in the single-site twin with its scenario; edited there, it changes the portfolio', async () => {
  const { page, context, errors } = await openApp(browser, `${server.url}#region&pf=example-shared`);
  await waitDone(page);
  const heat0 = await kpi(page, 'heat_delivered_mwh');
  await page.click('button[data-action="open-site"][aria-label="Open Site B (preset with overrides) in the single-site twin"]');
  await page.waitForFunction(() => !document.querySelector('[data-scope="portfolio"]'));
  const racks = 'input[type=number][data-field="data_centre.racks"]';
  // The site's overrides beside its preset: 100 racks of 10 kW.
  assert.equal(await page.inputValue(racks), '100');
  assert.equal(await page.inputValue('input[type=number][data-field="data_centre.rack_kw"]'), '10');
  assert.match(await page.textContent('.message'), /Site B \(preset with overrides\)/);
  // Three times the racks: in winter the network takes more than site B gave.
  await setInput(page, racks, '300');
  await page.click('a[data-nav="region"]');
  await waitDone(page);
  assert.match(page.url(), /#region&pj=1\./);
  assert.match(await page.textContent('.region .message'), /changes made in the twin to the site "Site B \(preset with overrides\)"/);
  const heat1 = await kpi(page, 'heat_delivered_mwh');
  assert.ok(heat1 > heat0, `more racks at site B: ${heat1} vs ${heat0}`);
  assert.equal(await page.$$eval(SITE_ROWS, (rs) => rs.length), 2);
  assert.deepEqual(errors, []);
  await context.close();
});
