// Issue 12: offline and installable (a manifest, icons, a service worker that keeps the
// release build), a new build offered with "reload", and a locked-down page (a
// Content-Security-Policy with no inline script; texts from a link shown as text, never run).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveDist, launch, openApp, kpi, setInput, dist, root } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const slider = 'input[type=range][data-field="data_centre.racks"]';

/** Waits until a service worker controls the page and its cache holds the build. */
async function waitForOfflineCopy(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
  for (let i = 0; i < 120; i++) {
    const keys = await page.evaluate(() => caches.keys());
    const mine = keys.filter((k) => k.startsWith('heat-twin-'));
    if (mine.length === 1) {
      const n = await page.evaluate(async (k) => (await (await caches.open(k)).keys()).length, mine[0]);
      if (n > 5) return mine[0];
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the service worker never filled its cache');
}

/** The width and height in a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('installable: a manifest with name, start address, colours and icons that exist', async () => {
  const server = await serveDist();
  try {
    const { context, page, foreign, errors } = await openApp(browser, server.url);
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    assert.equal(href, 'manifest.webmanifest', 'a relative address, so a path prefix works');
    const manifest = await page.evaluate(async (h) => {
      const r = await fetch(h);
      return { type: r.headers.get('content-type'), body: await r.json() };
    }, href);
    assert.equal(manifest.type, 'application/manifest+json');
    const m = manifest.body;
    assert.equal(m.short_name, 'heat-twin');
    assert.match(m.name, /heat-twin/);
    assert.equal(m.start_url, './');
    assert.equal(m.scope, './');
    assert.equal(m.display, 'standalone');
    assert.match(m.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(m.background_color, /^#[0-9a-f]{6}$/i);
    assert.equal(await page.getAttribute('meta[name="theme-color"]', 'content'), m.theme_color);
    // Each icon exists in the build with the size it declares.
    for (const icon of m.icons) {
      const file = path.join(dist, icon.src);
      assert.ok(fs.existsSync(file), `${icon.src} is in the build`);
      if (icon.type === 'image/png') {
        const [w, h] = pngSize(fs.readFileSync(file));
        assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is ${icon.sizes}`);
      } else {
        assert.equal(icon.type, 'image/svg+xml');
        assert.match(fs.readFileSync(file, 'utf8'), /<svg[^>]*viewBox="0 0 512 512"/);
      }
    }
    assert.ok(m.icons.some((i) => i.type === 'image/png' && Number(i.sizes.split('x')[0]) >= 192), 'a PNG of at least 192 px');
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('offline: loaded once, the page opens and computes with no network and no server', async () => {
  const server = await serveDist({ precompressed: true });
  const { context, page, foreign, errors } = await openApp(browser, server.url);
  const cache = await waitForOfflineCopy(page);
  assert.match(cache, /^heat-twin-[0-9a-f]{16}$/);
  // The instruments' worker is not precached (it would double a first visit): the page works
  // without it, and the service worker keeps it once it has been fetched.
  const cached = await page.evaluate(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname), cache);
  assert.ok(cached.some((p) => p.endsWith('_bg.wasm') && !p.includes('worker')), 'the model is cached');
  assert.ok(cached.includes('/'), 'the page itself is cached');
  assert.ok(!cached.some((p) => p.includes('heat-twin-worker')), 'the worker is not precached');

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 20000 });
  const before = await kpi(page, 'heat_delivered_mwh');
  assert.ok(before > 0, `heat delivered offline: ${before}`);
  const racks = Number(await page.$eval(slider, (el) => el.value));
  await setInput(page, slider, Math.max(1, Math.round(racks / 2)));
  await page.waitForFunction((b) => {
    const v = document.querySelector('[data-kpi="heat_delivered_mwh"]')?.dataset.value;
    return v && Number(v) !== b;
  }, before, { timeout: 10000 });
  const after = await kpi(page, 'heat_delivered_mwh');
  assert.ok(after < before, `half the racks offline: ${after} < ${before} MWh`);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, [], 'no console error offline');
  await context.close();
});

test('a new build is offered ("a new version is available — reload") and reloading takes it', async () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'heat-twin-dist-'));
  fs.cpSync(dist, copy, { recursive: true });
  const server = await serveDist({ dir: copy });
  try {
    const { context, page, foreign, errors } = await openApp(browser, server.url);
    const first = await waitForOfflineCopy(page);
    assert.equal(await page.$$eval('[data-status="update"]', (e) => e.length), 0, 'nothing offered on a first visit');

    // Deploy a new build: a changed page and its service worker with a new version.
    const sw = fs.readFileSync(path.join(copy, 'sw.js'), 'utf8');
    const version = first.slice('heat-twin-'.length);
    assert.ok(sw.includes(`"${version}"`), 'the cache is named after the build version');
    const next = version.split('').reverse().join('') === version ? 'f'.repeat(16) : version.split('').reverse().join('');
    fs.writeFileSync(path.join(copy, 'sw.js'), sw.replace(`"${version}"`, `"${next}"`));
    const index = fs.readFileSync(path.join(copy, 'index.html'), 'utf8');
    fs.writeFileSync(path.join(copy, 'index.html'), index.replace('</body>', '<!-- build 2 --></body>'));

    await page.reload();
    await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 20000 });
    const bar = await page.waitForSelector('[data-status="update"]', { timeout: 30000 });
    assert.match(await bar.textContent(), /new version of heat-twin is available/i);
    assert.equal(await bar.getAttribute('role'), 'status');
    await Promise.all([
      page.waitForEvent('load', { timeout: 20000 }),
      page.click('[data-action="reload-new-version"]'),
    ]);
    await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 20000 });
    for (let i = 0; i < 40; i++) {
      const keys = (await page.evaluate(() => caches.keys())).filter((k) => k.startsWith('heat-twin-'));
      if (keys.length === 1 && keys[0] === `heat-twin-${next}`) break;
      await page.waitForTimeout(250);
    }
    const keys = (await page.evaluate(() => caches.keys())).filter((k) => k.startsWith('heat-twin-'));
    assert.deepEqual(keys, [`heat-twin-${next}`], 'the old build is gone from the cache');
    assert.equal(await page.$$eval('[data-status="update"]', (e) => e.length), 0, 'nothing offered once up to date');
    assert.ok((await page.content()).includes('<!-- build 2 -->'), 'the page is the new build');
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('locked down: a policy of this origin only, no inline script, and a crafted link runs nothing', async () => {
  const server = await serveDist();
  try {
    const preset = JSON.parse(fs.readFileSync(path.join(root, 'scenarios', 'brescia-pilot.json'), 'utf8'));
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    preset.name = `Brescia ${evil}`;
    preset.description = `A test ${evil} <a href="javascript:window.__pwned=3">click</a>`;
    const link = `${server.url}#s=1.${zlib.deflateSync(Buffer.from(JSON.stringify(preset))).toString('base64url')}`;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(link);
    await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 20000 });

    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
    assert.doesNotMatch(policy, /script-src[^;]*unsafe-inline/);
    assert.equal(await page.$$eval('script:not([src])', (s) => s.length), 0, 'no inline script in the page');
    // The crafted texts are on the page as text (the name in its field, the description where
    // the page shows it, as text or in a field).
    assert.equal(await page.$eval('input[data-field="name"]', (e) => e.value), preset.name, 'the name is kept literally');
    const shown = await page.evaluate(() => document.body.innerText
      + [...document.querySelectorAll('input, textarea')].map((e) => e.value).join('\n'));
    assert.ok(shown.includes('<a href="javascript:window.__pwned=3">click</a>'), 'the description is shown literally');
    assert.equal(await page.$$eval('img[src="x"]', (e) => e.length), 0, 'no element from the link');
    assert.equal(await page.$$eval('a[href^="javascript:"]', (e) => e.length), 0, 'no link from the link');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
    // An injected inline script is refused by the policy (what a bug letting HTML through would meet).
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 4';
      document.body.appendChild(s);
    });
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'the policy blocks inline script');
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations.filter((v) => !v.startsWith('script-src-elem inline')), [], 'the app itself breaks no rule');
    assert.equal(violations.length, 1, `one violation, the injected script: ${violations}`);
    assert.ok(errors.every((e) => /Content Security Policy/.test(e)), `only the blocked script is reported: ${errors}`);
    await context.close();
  } finally {
    await server.close();
  }
});
