// More languages (issue 12): French and German beside English and Italian. They are not in
// the first visit's download: the page fetches `locales/<code>/*.ftl` from its own origin when
// the language is chosen (or is the browser's), stays in its language meanwhile and says so
// when the files cannot be loaded. Here: the selector's four options, <html lang>, numbers
// in each language's style (as the browser's own Intl writes them), labels from the
// translators' files, axe in both, a French browser, the choice kept over a reload, a failed
// fetch, offline after one visit, and the printed report on one or two A4 pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openApp, root, resultsDir, screenshot } from './harness.mjs';

const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');
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

const HEAT = '[data-kpi="heat_delivered_mwh"]';
const PUE = '[data-kpi="pue"]';
const SELECT = 'select[data-control="language"]';
const text = (page, sel) => page.$eval(sel, (e) => e.textContent.trim());
const lang = (page) => page.getAttribute('html', 'lang');

/** A message's value as the translators wrote it in locales/<code>/<file>.ftl. */
function message(code, file, id) {
  const src = fs.readFileSync(path.join(root, 'locales', code, `${file}.ftl`), 'utf8');
  const line = src.split('\n').find((l) => l.startsWith(`${id} =`));
  assert.ok(line, `${id} in locales/${code}/${file}.ftl`);
  return line.slice(id.length + 2).trim();
}

/** Chooses `code` with the selector and waits until the page shows it. */
async function choose(page, code) {
  await page.selectOption(SELECT, code);
  await page.waitForFunction((c) => document.documentElement.lang === c, code, { timeout: 15000 });
}

/** The number part of a KPI's value and what the browser's Intl writes for its data-value. */
async function numberAndIntl(page, sel, code, decimals) {
  const shown = await page.$eval(`${sel} .value`, (e) => e.textContent.slice(0, e.textContent.length - (e.querySelector('.u')?.textContent.length ?? 0)).trim());
  const expected = await page.$eval(
    sel,
    (e, [c, d]) => new Intl.NumberFormat(c, { minimumFractionDigits: d, maximumFractionDigits: d }).format(Number(e.dataset.value)),
    [code, decimals],
  );
  return { shown, expected };
}

/** The PDF's page count and text (null without pdftotext). */
function pdfInfo(pdf, name, t) {
  const file = path.join(resultsDir, name);
  fs.writeFileSync(file, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  let flat = null;
  try {
    flat = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } catch {
    t.diagnostic('pdftotext (poppler-utils) is missing: the PDF text is not checked');
  }
  return { pages, flat };
}

const STYLE = {
  // Thousands and decimals (CLDR, as Chromium's Intl writes them).
  fr: { group: '\u202f', decimal: ',', unit: message('fr', 'app', 'unit-mwh-yr') },
  de: { group: '.', decimal: ',', unit: message('de', 'app', 'unit-mwh-yr') },
};

test('the selector offers en, it, fr, de; French then German: lang, numbers, labels, report on 1–2 A4 pages', async (t) => {
  const { page, context, errors, foreign } = await openApp(browser, server.url, { locale: 'en-GB' });
  const options = await page.$$eval(`${SELECT} option`, (os) => os.map((o) => [o.value, o.textContent.trim(), o.lang]));
  assert.deepEqual(options, [
    ['en', 'English', 'en'],
    ['it', 'Italiano', 'it'],
    ['fr', 'Français', 'fr'],
    ['de', 'Deutsch', 'de'],
  ]);
  // A first visit in English fetches no other language.
  assert.ok(!server.log.some((r) => r.path.includes('/locales/')), 'no language file on a first visit');
  const value = await page.getAttribute(HEAT, 'data-value');

  for (const code of ['fr', 'de']) {
    await choose(page, code);
    assert.equal(await page.$eval(SELECT, (e) => e.value), code);
    const label = message(code, 'app', 'kpi-heat-delivered');
    await page.waitForFunction(([sel, l]) => document.querySelector(`${sel} .label`)?.textContent.trim() === l, [HEAT, label]);
    assert.equal(await text(page, `${HEAT} .label`), label);
    assert.notEqual(label, 'Heat delivered');
    assert.equal(await text(page, 'label:has(select[data-control="language"])').then((s) => s.startsWith(message(code, 'app', 'app-language'))), true);
    // Whole MWh with the language's thousands separator, as Intl writes the same number.
    const heat = await numberAndIntl(page, HEAT, code, 0);
    assert.equal(heat.shown, heat.expected, `${code}: heat ${heat.shown} vs Intl ${heat.expected}`);
    assert.ok(heat.shown.includes(STYLE[code].group), `${code}: a thousands separator in ${heat.shown}`);
    assert.ok((await text(page, `${HEAT} .value`)).endsWith(STYLE[code].unit), `${code}: unit ${STYLE[code].unit}`);
    // A decimal comma: the PUE with two decimals.
    const pue = await numberAndIntl(page, PUE, code, 2);
    assert.equal(pue.shown, pue.expected, `${code}: PUE ${pue.shown} vs Intl ${pue.expected}`);
    assert.match(pue.shown, /^\d,\d\d$/);
    assert.equal(await page.getAttribute(HEAT, 'data-value'), value, 'data-value does not depend on the language');
    assert.ok(server.log.some((r) => r.path.endsWith(`/locales/${code}/app.ftl`)), `locales/${code}/app.ftl fetched`);
    await screenshot(page, `languages-${code}-1440.png`);

    // The printed report in this language, on one or two A4 pages.
    await page.waitForFunction(() => [...document.querySelectorAll('.report img')].filter((i) => i.src.startsWith('data:image/png')).length === 5, null, { timeout: 10000 });
    const reportHeat = (await page.textContent('[data-report-kpi="heat_delivered_mwh"] dt')).trim();
    assert.equal(reportHeat, label, `${code}: the report names the figure as the page does`);
    const { pages, flat } = pdfInfo(await page.pdf({ format: 'A4' }), `report-${code}.pdf`, t);
    assert.ok(pages === 1 || pages === 2, `${code}: ${pages} pages`);
    if (flat) assert.ok(flat.includes(label), `${code}: the PDF shows "${label}"`);
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

/** Opens every collapsed group so that axe sees every control, then runs axe. */
async function audit(page) {
  await page.$$eval('details', (ds) => ds.forEach((d) => (d.open = true)));
  await page.waitForTimeout(200);
  // Through the DevTools protocol: the page's Content-Security-Policy refuses a <script>.
  await page.evaluate(fs.readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary ?? '').split('\n')[1]),
    }));
  });
}

for (const code of ['fr', 'de']) {
  test(`axe: no serious or critical violation in ${code}`, async () => {
    const { page, context, errors } = await openApp(browser, server.url, { width: 1280, height: 900 });
    await choose(page, code);
    const bad = (await audit(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad, [], JSON.stringify(bad, null, 2));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a French browser opens in French; a chosen German survives a reload', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { locale: 'fr-FR', width: 375, height: 800 });
  // Until the files have arrived the page is usable in English; then it turns French.
  await page.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: 15000 });
  assert.equal(await text(page, `${HEAT} .label`), message('fr', 'app', 'kpi-heat-delivered'));
  assert.equal(await page.$eval(SELECT, (e) => e.value), 'fr');
  await screenshot(page, 'languages-fr-375.png');

  await choose(page, 'de');
  assert.equal(await page.evaluate(() => localStorage.getItem('heat-twin.language')), 'de');
  await page.reload();
  await page.waitForSelector(`${HEAT}[data-value]`);
  await page.waitForFunction(() => document.documentElement.lang === 'de', null, { timeout: 15000 });
  assert.equal(await text(page, `${HEAT} .label`), message('de', 'app', 'kpi-heat-delivered'));
  assert.equal(await page.$eval(SELECT, (e) => e.value), 'de');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a language that cannot be fetched: the page says so and stays in its language', async () => {
  // No service worker: its own fetches would not pass through the page's routes.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/locales/de/**', (route) => route.abort('internetdisconnected'));
  await page.goto(server.url);
  await page.waitForSelector(`${HEAT}[data-value]`, { timeout: 20000 });
  await page.selectOption(SELECT, 'de');
  await page.waitForFunction(() => /could not be loaded/.test(document.querySelector('[data-status="language"]')?.textContent ?? ''), null, { timeout: 15000 });
  const status = await text(page, '[data-status="language"]');
  assert.match(status, /^Deutsch could not be loaded \(locales\/de\/\w+\.ftl: no answer from the server\); the page keeps its current language\./);
  // The same in German, for the reader who chose it.
  assert.match(status, /Deutsch konnte nicht geladen werden/);
  assert.equal(await page.getAttribute('[data-status="language"] [lang="de"]', 'lang'), 'de');
  assert.equal(await lang(page), 'en');
  assert.equal(await text(page, `${HEAT} .label`), 'Heat delivered');
  assert.equal(await page.$eval(SELECT, (e) => e.value), 'en', 'the selector shows the language still in use');
  assert.notEqual(await page.evaluate(() => localStorage.getItem('heat-twin.language')), 'de', 'a language never shown is not remembered');
  // Once it can be fetched, choosing it again works.
  await page.unroute('**/locales/de/**');
  await choose(page, 'de');
  assert.equal(await text(page, '[data-status="language"]'), '');
  await context.close();
});

test('offline: a language fetched once opens without the network', async () => {
  const own = await serveDist();
  const { context, page, errors } = await openApp(browser, own.url, { locale: 'en-GB' });
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
  await choose(page, 'fr');
  const label = message('fr', 'app', 'kpi-heat-delivered');
  // The service worker keeps each file once fetched.
  await page.waitForFunction(async () => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('heat-twin-'));
    if (keys.length !== 1) return false;
    const urls = (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname);
    return urls.filter((p) => p.startsWith('/locales/fr/')).length === 15;
  }, null, { timeout: 15000, polling: 250 });
  await own.close();
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector(`${HEAT}[data-value]`, { timeout: 20000 });
  await page.waitForFunction(() => document.documentElement.lang === 'fr', null, { timeout: 15000 });
  assert.equal(await text(page, `${HEAT} .label`), label);
  assert.deepEqual(errors, []);
  await context.close();
});
