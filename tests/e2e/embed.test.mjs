// Issue 12: the embeddable card. `embed.html#s=…` inside an iframe of a page on another origin
// shows the scenario's heat, homes and CO2 with the racks slider, works, is axe-clean at 300 px,
// and links to the full twin with the same scenario; the share menu offers the snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveDist, launch, openApp, kpi, setInput, root } from './harness.mjs';

let server;
let host;
let browser;
const FIELDS = ['heat_delivered_mwh', 'homes_equivalent', 'co2_avoided_t'];
const slider = 'input[type=range][data-field="data_centre.racks"]';

before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((r) => (host ? host.close(r) : r()));
});

/** A page on another origin (another port) that frames `src` at `width` px. */
async function hostPage(src, width) {
  host = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A utility's website</title></head>
<body><h1>Our district heating</h1><iframe id="card" src="${src}" title="heat-twin" style="width:${width}px;height:520px;border:0"></iframe></body></html>`);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${host.address().port}/`;
}

async function values(frameOrPage) {
  const out = {};
  for (const f of FIELDS) {
    const v = await frameOrPage.getAttribute(`[data-kpi="${f}"]`, 'data-value');
    out[f] = v === null || v === '' ? null : Number(v);
  }
  return out;
}

test('the card in another site\'s iframe: figures of the link, a working slider, a link to the full twin', async () => {
  const preset = JSON.parse(fs.readFileSync(path.join(root, 'scenarios', 'settimo-milanese.json'), 'utf8'));
  preset.data_centre.racks = Math.round((preset.data_centre.racks ?? 400) * 0.8);
  const fragment = `#s=1.${zlib.deflateSync(Buffer.from(JSON.stringify(preset))).toString('base64url')}`;
  const hostUrl = await hostPage(`${server.url}embed.html${fragment}`, 300);
  assert.notEqual(new URL(hostUrl).origin, new URL(server.url).origin, 'the host is another origin');

  const context = await browser.newContext({ viewport: { width: 420, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(new URL(server.url).origin) && !u.startsWith(hostUrl) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  await page.goto(hostUrl);
  const frame = page.frameLocator('#card');
  await frame.locator('[data-kpi="heat_delivered_mwh"][data-value]:not([data-value=""])').waitFor({ timeout: 20000 });
  const card = page.frames().find((f) => f.url().includes('embed.html'));
  assert.ok(card, 'the card is framed');

  // The card is compact: three figures, one slider, nothing of the full page.
  assert.equal(await card.$$eval('[data-kpi]', (e) => e.length), 3);
  assert.equal(await card.$$eval('[data-field]', (e) => e.length), 2, 'the racks slider and its number box');
  assert.equal(await card.$$eval('[data-control="preset"], .layout, canvas', (e) => e.length), 0);
  // It fits 300 px without scrolling sideways.
  const overflow = await card.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 300 px (${overflow} px)`);
  // Its figures are those of the same link on the full page.
  const shown = await values(card);
  const full = await openApp(browser, `${server.url}${fragment}`);
  const expected = await values(full.page);
  for (const f of FIELDS) assert.ok(Math.abs(shown[f] - expected[f]) <= 1e-9 * Math.abs(expected[f]), `${f}: ${shown[f]} = ${expected[f]}`);
  await full.context.close();

  // The slider recomputes the card.
  const racks = Number(await card.$eval(slider, (el) => el.value));
  await setInput(card, slider, Math.round(racks / 2));
  await card.waitForFunction((b) => Number(document.querySelector('[data-kpi="heat_delivered_mwh"]').dataset.value) !== b,
    shown.heat_delivered_mwh, { timeout: 10000 });
  const moved = await values(card);
  assert.ok(moved.heat_delivered_mwh < shown.heat_delivered_mwh, 'half the racks, less heat');

  // "Open the full twin" carries the scenario as it now is.
  await card.waitForFunction(() => !document.querySelector('[data-action="open-full-twin"]').href.includes('embed.html'));
  const link = await card.$eval('[data-action="open-full-twin"]', (a) => ({ href: a.href, target: a.target, rel: a.rel }));
  assert.equal(link.target, '_blank');
  assert.match(link.rel, /noopener/);
  assert.ok(link.href.startsWith(server.url + '#'), link.href);
  await card.waitForFunction(() => document.querySelector('[data-action="open-full-twin"]').href.includes('#s='));
  const reopened = await openApp(browser, await card.$eval('[data-action="open-full-twin"]', (a) => a.href));
  const there = await values(reopened.page);
  for (const f of FIELDS) assert.ok(Math.abs(there[f] - moved[f]) <= 1e-9 * Math.abs(moved[f]), `${f} on the full twin: ${there[f]} = ${moved[f]}`);
  assert.equal(Number(await reopened.page.$eval(slider, (el) => el.value)), Math.round(racks / 2));
  await reopened.context.close();

  // axe inside the frame (WCAG 2.1 A and AA): no serious or critical violation.
  await card.evaluate(fs.readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const violations = await card.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(foreign, [], 'no request to a third origin');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share menu offers the card as HTML to paste, for the scenario on the page', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await setInput(page, slider, 20);
  await page.click('[data-control="share-menu"] summary');
  const snippet = await page.$eval('[data-control="embed-snippet"]', (t) => t.value);
  const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&');
  assert.ok(src, snippet);
  assert.ok(src.startsWith(`${server.url}embed.html#`), src);
  const shareLink = await page.$eval('[data-control="share-link"]', (i) => i.value);
  assert.equal(src.split('#')[1], shareLink.split('#')[1], 'the card carries the same scenario as the link');
  assert.match(snippet, /title="heat-twin"/);
  // The card it names opens on its own and shows the same heat.
  const heat = await kpi(page, 'heat_delivered_mwh');
  const card = await context.newPage();
  await card.goto(src);
  await card.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]:not([data-value=""])', { timeout: 20000 });
  assert.ok(Math.abs(Number(await card.getAttribute('[data-kpi="heat_delivered_mwh"]', 'data-value')) - heat) <= 1e-9 * heat);
  assert.deepEqual(errors, []);
  await context.close();
});
