// Sharing in one tap (issue 14): the copy-link button (and its fallback), the QR code, short
// links of presets (`#p=<stem>`), the language in the link (`&l=it`), a shared comparison
// opened in a new page and printed as a one-page handout, and a modified scenario's report in
// English and Italian on one or two A4 pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openApp, setInput, resultsDir, root } from './harness.mjs';

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

const kpis = (page) => page.$$eval('[data-kpi]', (els) => Object.fromEntries(els.map((e) => [e.dataset.kpi, e.dataset.value])));

async function settled(page) {
  let last = JSON.stringify(await kpis(page));
  for (let i = 0; i < 50; i++) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const now = JSON.stringify(await kpis(page));
    if (now === last) return JSON.parse(now);
    last = now;
  }
  return JSON.parse(last);
}

/** The PDF's page count and text (null without pdftotext). */
function pdfInfo(pdf, name, t) {
  const file = path.join(resultsDir, name);
  fs.writeFileSync(file, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  let text = null;
  try {
    text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } catch {
    t.diagnostic('pdftotext (poppler-utils) is missing: the PDF text is not checked');
  }
  return { pages, text };
}

test('#p=<stem> opens that preset as published, &l=it in Italian', async () => {
  const ref = await openApp(browser, server.url);
  await ref.page.selectOption('select[data-control="preset"]', 'settimo-milanese');
  await ref.page.waitForFunction(() => location.hash === '#p=settimo-milanese', null, { timeout: 5000 });
  const want = await settled(ref.page);
  await ref.context.close();

  const { page, context, errors, foreign } = await openApp(browser, `${server.url}#p=settimo-milanese&l=it`);
  assert.equal(await page.$eval('select[data-control="preset"]', (e) => e.value), 'settimo-milanese');
  assert.deepEqual(await settled(page), want, 'the same results as choosing the preset');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'it');
  assert.equal(await page.$eval('select[data-control="language"]', (e) => e.value), 'it');
  assert.equal(await page.$('[data-status="modified-from"]'), null);
  await page.waitForTimeout(400);
  assert.equal(new URL(page.url()).hash, '#p=settimo-milanese&l=it', 'the address keeps saying what is shown');
  // Back to the browser's language: the link no longer names one.
  await page.selectOption('select[data-control="language"]', 'en');
  await page.waitForFunction(() => location.hash === '#p=settimo-milanese', null, { timeout: 5000 });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('copy-link copies the link and says so; a refusal shows the link to copy', async () => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await setInput(page, 'input[type=number][data-field="data_centre.racks"]', '555');
  const want = await settled(page);
  await page.click('button[data-action="copy-link"]');
  await page.waitForSelector('[data-share-status="copied"]');
  assert.match(await page.textContent('[data-share-status]'), /Link copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(server.url + '#s=1.'), copied.slice(0, 80));
  assert.match(copied, /&b=brescia-pilot$/);
  const other = await openApp(browser, copied);
  assert.deepEqual(await settled(other.page), want, 'the copied link opens the same results');
  await other.context.close();

  // The share menu shows the link and its QR code.
  await page.click('details[data-control="share-menu"] > summary');
  await page.waitForSelector('[data-qr="share"] svg path');
  assert.equal(await page.$eval('input[data-control="share-link"]', (e) => e.value), copied);

  // Refused (no permission, or no API): the link is there, selected, and the page says so.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.click('button[data-action="copy-link"]');
  await page.waitForSelector('[data-share-status="refused"]');
  assert.match(await page.textContent('[data-share-status]'), /Select the link/);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

/** Opens the compare card with A = the Settimo preset and B = the page's scenario; their heat delivered. */
async function compareSettimoWithCurrent(page) {
  await page.click('section.compare summary');
  await page.selectOption('select[data-control="compare-a"]', 'preset:settimo-milanese');
  await page.selectOption('select[data-control="compare-b"]', 'current');
  await page.waitForSelector('[data-compare-row="heat_delivered_mwh"]');
  return row(page);
}

/** The compare card's heat delivered, A and B. */
const row = (p) => p.$eval('[data-compare-row="heat_delivered_mwh"]', (r) => [r.querySelector('[data-a]').dataset.a, r.querySelector('[data-b]').dataset.b]);

test('a comparison whose side reads an uploaded weather file opens from its link with that file', async () => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  await page.click('summary:has-text("Climate & grid")');
  const epw = path.join(root, 'data', 'weather', 'tmy_45.000_8.000_2005_2020.epw');
  await page.setInputFiles('input[type=file][data-control="weather-upload"]', epw);
  await page.waitForFunction(() => document.querySelector('#f-weather-builtin').value === 'upload');
  const want = await compareSettimoWithCurrent(page);
  await page.click('button[data-action="share-compare"]');
  const link = await page.$eval('input[data-control="compare-link"]', (e) => e.value);
  assert.match(link, /&w=1\.e\./, 'the uploaded file travels with the comparison');

  const other = await openApp(browser, link);
  await other.page.waitForSelector('[data-compare-row="heat_delivered_mwh"]', { timeout: 20000 });
  assert.deepEqual(await row(other.page), want, 'B runs on the uploaded year, as on the first page');
  assert.equal(await other.page.$('p.message[role="status"]'), null, 'no "weather missing" message');
  assert.deepEqual(other.errors, []);
  assert.deepEqual(other.foreign, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a comparison is shared in one link, opens in a new page and prints on one page', async (t) => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  const want = await compareSettimoWithCurrent(page);
  // The inputs that differ: Settimo and Brescia differ in racks, among others.
  await page.waitForSelector('[data-compare-input="data_centre.racks"]');
  await page.click('button[data-action="share-compare"]');
  const link = await page.$eval('input[data-control="compare-link"]', (e) => e.value);
  assert.match(link, /#s=1\.[^&]+&c=1\./);

  const other = await openApp(browser, link);
  await other.page.waitForSelector('[data-compare-row="heat_delivered_mwh"]', { timeout: 20000 });
  assert.equal(await other.page.$eval('section.compare details', (d) => d.open), true);
  assert.equal(await other.page.$eval('select[data-control="compare-a"]', (e) => e.value), 'current');
  assert.equal(await other.page.$eval('select[data-control="compare-b"]', (e) => e.value), 'link');
  assert.deepEqual(await row(other.page), want, 'the same two scenarios');
  assert.ok(await other.page.$('[data-compare-input="data_centre.racks"]'));
  // In Italian the inputs keep their labels and units.
  await other.page.selectOption('select[data-control="language"]', 'it');
  await other.page.waitForFunction(() => /Input diversi/.test(document.querySelector('table.compare-inputs caption')?.textContent ?? ''));

  // The one-page handout.
  await other.page.evaluate(() => {
    window.print = () => {};
  });
  await other.page.click('button[data-action="print-compare"]');
  await other.page.emulateMedia({ media: 'print' });
  const { pages, text } = pdfInfo(await other.page.pdf({ format: 'A4' }), 'compare-handout.pdf', t);
  assert.equal(pages, 1, `${pages} pages`);
  if (text) {
    assert.match(text, /Confronto tra due scenari/);
    assert.match(text, /Brescia pilot/);
    assert.match(text, /Input diversi/);
  }
  assert.deepEqual(other.errors, []);
  assert.deepEqual(other.foreign, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test("a modified scenario's report fits 1–2 A4 pages in English and Italian, with a QR code", async (t) => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  await setInput(page, 'input[type=number][data-field="data_centre.racks"]', '700');
  await page.fill('input[data-field="name"]', 'Milano Nord');
  await page.click('summary:has-text("Heat recovery")');
  await page.waitForFunction(() => location.hash.startsWith('#s=1.'), null, { timeout: 5000 });
  for (const [lang, words] of [
    ['en', { based: /Based on the preset/, unit: /MWh\/yr/ }],
    ['it', { based: /Basato sul progetto/, unit: /MWh\/anno/ }],
  ]) {
    await page.selectOption('select[data-control="language"]', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    // The report redraws shortly after a change (and on beforeprint).
    await page.waitForFunction(() => [...document.querySelectorAll('.report img')].filter((i) => i.src.startsWith('data:image/png')).length === 5, null, { timeout: 5000 });
    await page.waitForSelector('[data-qr="report"] svg path', { state: 'attached' });
    // The report's link follows the address (drawn shortly after each change).
    await page.waitForFunction(() => document.querySelector('.report-meta a').href === location.href, null, { timeout: 5000 });
    const line = (await page.textContent('.report-meta a')).trim();
    assert.ok(line.length < 120, `a short line, not the whole link: ${line.length} characters`);
    const { pages, text } = pdfInfo(await page.pdf({ format: 'A4' }), `report-modified-${lang}.pdf`, t);
    assert.ok(pages === 1 || pages === 2, `${lang}: ${pages} pages`);
    if (text) {
      assert.match(text, /Milano Nord/);
      assert.match(text, words.based);
      assert.match(text, words.unit);
      assert.doesNotMatch(text, /Italy's first data centre whose heat/, "the preset's description does not head the user's numbers");
    }
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
