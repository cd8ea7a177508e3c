// The whole scenario in the link: edits rewrite the address in place, a link opened in a new
// page gives the same controls and KPIs (an uploaded EPW included), and a broken link opens the
// default scenario with a message saying what was wrong.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import path from 'node:path';
import { serveDist, launch, openApp, setInput, root } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The `s=` link of scenario JSON, as the page writes it: zlib (RFC 1950), then base64url. */
const linkOf = (json) => `#s=1.${zlib.deflateSync(Buffer.from(json)).toString('base64url')}`;

/** Every KPI's data-value, by field. */
const kpis = (page) => page.$$eval('[data-kpi]', (els) => Object.fromEntries(els.map((e) => [e.dataset.kpi, e.dataset.value])));

/** Every control's value (inputs, selects, checkboxes), by data-field or data-control. */
const controls = (page) =>
  page.$$eval('input[data-field], select[data-field], select[data-control]', (els) =>
    els
      .filter((e) => e.type !== 'file')
      .map((e) => [`${e.dataset.field ?? e.dataset.control}:${e.type}`, e.type === 'checkbox' ? String(e.checked) : e.value]),
  );

/** Waits until the KPIs stop changing (one simulation per change). */
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

/** Waits until the address holds a share link different from `before`. */
const addressChanged = (page, before) =>
  page.waitForFunction((b) => location.hash.startsWith('#s=1.') && location.href !== b, before, { timeout: 5000 });

let defaultKpis;
async function defaults() {
  if (!defaultKpis) {
    const { page, context, errors } = await openApp(browser, server.url + linkOf('{}'));
    defaultKpis = await settled(page);
    assert.equal(await page.$$eval('.message[role=status]', (e) => e.length), 0, 'a good link shows no message');
    assert.deepEqual(errors, []);
    await context.close();
  }
  return defaultKpis;
}

test('a drag that pauses with the pointer held writes the address only on release', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  const slider = 'input[type=range][data-field="data_centre.racks"]';
  await page.locator(slider).scrollIntoViewIfNeeded();
  const box = await page.locator(slider).boundingBox();
  const y = box.y + box.height / 2;
  const before = page.url();
  const racks0 = await page.$eval(slider, (e) => e.value);
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.3 + i * 0.02), y);
  await page.waitForFunction((r) => document.querySelector('input[type=range][data-field="data_centre.racks"]').value !== r, racks0);
  // Held still for four times the address's 250 ms delay: the scenario changed, the address did not.
  await page.waitForTimeout(1000);
  assert.equal(page.url(), before, 'no address write while the pointer is held');
  await page.mouse.up();
  await addressChanged(page, before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('edits rewrite the address in place, and the link reopens the same scenario', async () => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  assert.equal(new URL(page.url()).hash, '', 'opening without a link leaves the address clean');
  const length0 = await page.evaluate(() => history.length);

  let url = page.url();
  for (const racks of ['7', '71', '712']) {
    await setInput(page, 'input[type=number][data-field="data_centre.racks"]', racks);
  }
  await addressChanged(page, url);
  url = page.url();
  await page.selectOption('select[data-field="data_centre.cooling"]', 'direct_to_chip');
  await addressChanged(page, url);
  url = page.url();
  await page.click('summary:has-text("Network")');
  await setInput(page, 'input[type=number][data-field="network.homes"]', '4321');
  await addressChanged(page, url);
  assert.equal(await page.evaluate(() => history.length), length0, 'replaceState: no history entry per change');

  const want = await settled(page);
  const wantControls = await controls(page);
  const link = page.url();
  // A modified preset: `b=` (based on), never `p=` (issue 14); its name, description and
  // sources are no longer the preset's, so the link is short.
  assert.match(new URL(link).hash, /^#s=1\.[A-Za-z0-9_-]+&b=brescia-pilot$/);
  assert.ok(link.length < 1000, `link of ${link.length} characters`);
  assert.equal(await page.$eval('input[type=number][data-field="data_centre.racks"]', (e) => e.value), '712');

  const other = await openApp(browser, link);
  assert.deepEqual(await settled(other.page), want, 'same KPIs in a new page');
  assert.deepEqual(await controls(other.page), wantControls, 'same controls in a new page');
  assert.equal(other.page.url(), link, 'opening a link does not rewrite it');
  assert.deepEqual(other.errors, []);
  assert.deepEqual(other.foreign, []);
  await other.context.close();

  // A link pasted in the same tab (hashchange) is opened too.
  await page.evaluate((h) => { location.hash = h; }, linkOf('{"data_centre":{"racks":123}}'));
  await page.waitForFunction(() => document.querySelector('input[type=number][data-field="data_centre.racks"]').value === '123');
  assert.deepEqual(await settled(page), await (async () => {
    const p = await openApp(browser, server.url + linkOf('{"data_centre":{"racks":123}}'));
    const k = await settled(p.page);
    await p.context.close();
    return k;
  })());

  // Encoding time in the browser, for the report.
  const stages = JSON.parse(await page.evaluate(() => window.wasmBindings?.heat_twin_perf_take?.() ?? '{}'));
  const enc = (stages['share-encode'] ?? []).sort((a, b) => a - b);
  if (enc.length) console.log(`share-encode: ${enc.length} runs, median ${enc[enc.length >> 1]} ms, max ${enc[enc.length - 1]} ms`);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

/** Opens `hash`, expects the default scenario's KPIs and a message matching `pattern`. */
async function opensDefaultWith(hash, pattern) {
  const want = await defaults();
  const { page, context, errors, foreign } = await openApp(browser, server.url + hash);
  const message = await page.textContent('.message[role=status]');
  assert.match(message, pattern);
  assert.match(message, /default scenario is shown instead/);
  assert.deepEqual(await settled(page), want, `${hash.slice(0, 40)}…: the default scenario's KPIs`);
  assert.equal(await page.$eval('select[data-control="preset"]', (e) => e.value), '', 'no project is loaded');
  assert.equal(page.url(), server.url + hash, 'the bad link stays in the address until something changes');
  // The first change writes a good link.
  await setInput(page, 'input[type=number][data-field="data_centre.racks"]', '10');
  await addressChanged(page, server.url + hash);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
}

test('a truncated link opens the default scenario with a message', async () => {
  const good = linkOf('{"data_centre":{"racks":800,"cooling":"direct_to_chip"},"network":{"homes":5000}}');
  await opensDefaultWith(good.slice(0, good.length - 6), /This link could not be opened: its scenario part is (incomplete|cut)/);
});

test('a tampered link opens the default scenario with a message', async () => {
  const good = linkOf('{"data_centre":{"racks":800,"cooling":"direct_to_chip"},"network":{"homes":5000}}');
  const chars = [...good];
  for (const i of [12, 20, 30]) chars[i] = chars[i] === 'A' ? 'B' : 'A';
  await opensDefaultWith(chars.join(''), /This link could not be opened: its scenario part is incomplete or was changed/);
});

test('an out-of-range value in a link is refused, naming the field, never clamped', async () => {
  await opensDefaultWith(linkOf('{"data_centre":{"racks":2000000}}'), /data_centre\.racks: 2000000 is out of range; allowed 0 to 1,000,000/);
});

test('a link of another version or with an unknown field says so', async () => {
  await opensDefaultWith('#s=2.eNqrrgUAAXUA-Q', /format version 2, and this page reads version 1/);
  await opensDefaultWith(linkOf('{"data_centre":{"rackz":5}}'), /rackz/);
});

test('a link with an uploaded EPW carries its temperatures: same KPIs in a new page', async () => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  await page.selectOption('select[data-control="preset"]', 'settimo-milanese');
  await page.click('summary:has-text("Climate & grid")');
  const epw = path.join(root, 'data', 'weather', 'tmy_45.000_8.000_2005_2020.epw');
  await page.setInputFiles('input[type=file][data-control="weather-upload"]', epw);
  await page.waitForFunction(() => document.querySelector('#f-weather-builtin').value === 'upload');
  await page.waitForFunction(() => location.hash.includes('&w=1.e.'));
  const beforeEdit = page.url();
  await setInput(page, 'input[type=number][data-field="data_centre.racks"]', '333');
  // The address is written once the scenario has been still for a moment.
  await addressChanged(page, beforeEdit);
  assert.ok(decodeURIComponent(new URL(page.url()).hash).includes('&w=1.e.'));
  const want = await settled(page);
  const wantControls = await controls(page);
  const link = page.url();
  console.log(`link with the EPW: ${new URL(link).hash.length} characters in the fragment`);

  const other = await openApp(browser, link);
  await other.page.waitForFunction(() => document.querySelector('#f-weather-builtin').value === 'upload');
  assert.deepEqual(await settled(other.page), want, 'same KPIs with the uploaded weather');
  assert.deepEqual(await controls(other.page), wantControls);
  assert.equal(await other.page.$$eval('.message[role=status]', (e) => e.length), 0);
  assert.deepEqual(other.errors, []);
  assert.deepEqual(other.foreign, []);
  await other.context.close();

  // The same link with a temperature part cut short: refused, default scenario.
  const cut = link.replace(/(&w=[^&]+)/, (w) => w.slice(0, w.length - 40));
  const bad = await openApp(browser, cut);
  assert.match(await bad.page.textContent('.message[role=status]'), /weather file part/);
  assert.deepEqual(await settled(bad.page), await defaults());
  await bad.context.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
