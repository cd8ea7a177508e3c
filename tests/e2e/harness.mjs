// Shared end-to-end harness: serves the release build (dist/) on 127.0.0.1 and drives Debian's
// Chromium with playwright-core. Records every request to another origin and every console
// error, so each test can assert that the page stays on its own origin and logs no error.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const dist = process.env.HEAT_TWIN_DIST ? path.resolve(process.env.HEAT_TWIN_DIST) : path.join(root, 'dist');
export const resultsDir = path.join(root, 'test-results');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dist/` (or `dir`) on a free loopback port; resolves to { url, close, log }. With
 * `{ precompressed: true }` it answers like nginx's gzip_static/brotli_static: FILE.br or
 * FILE.gz (written by `cargo xtask dist`) when the request accepts that encoding, with
 * `content-encoding` and the original file's content type. `log` lists
 * { path, encoding, bytes } per response.
 */
export async function serveDist({ precompressed = false, dir = dist } = {}) {
  const log = [];
  const base = path.resolve(dir);
  if (!fs.existsSync(path.join(base, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `cargo xtask dist` first');
  }
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.normalize(path.join(base, urlPath));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let encoding = null;
    if (precompressed) {
      if (/\bbr\b/.test(accepts) && fs.existsSync(`${file}.br`)) encoding = 'br';
      else if (/\bgzip\b/.test(accepts) && fs.existsSync(`${file}.gz`)) encoding = 'gzip';
    }
    const served = encoding === 'br' ? `${file}.br` : encoding === 'gzip' ? `${file}.gz` : file;
    fs.readFile(served, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      const headers = { 'content-type': type };
      if (precompressed) headers.vary = 'Accept-Encoding';
      if (encoding) headers['content-encoding'] = encoding;
      log.push({ path: urlPath, encoding, bytes: body.length });
      res.writeHead(200, headers);
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)), log };
}

/** Launches headless Debian Chromium with the flags this sandbox needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Opens a page on `url` and records other-origin requests and console errors.
 * Resolves once the app has mounted (an element with data-kpi has a data-value).
 */
export async function openApp(browser, url, { width = 1440, height = 900, locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const foreign = [];
  const errors = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 20000 });
  return { context, page, foreign, errors };
}

/** Saves a screenshot into test-results/. */
export async function screenshot(page, name) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Sets a range or number input to `value` the way a user's drag does: one `input` event. */
export async function setInput(page, selector, value) {
  await page.$eval(
    selector,
    (el, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/** The data-value of a KPI as a number. */
export async function kpi(page, field) {
  const v = await page.getAttribute(`[data-kpi="${field}"]`, 'data-value');
  return v === null || v === '' ? null : Number(v);
}

/** A cheap fingerprint of a canvas's pixels. */
export async function canvasHash(page, selector) {
  return page.$eval(selector, (c) => {
    const d = c.toDataURL();
    let h = 0;
    for (let i = 0; i < d.length; i++) h = (h * 31 + d.charCodeAt(i)) | 0;
    return `${d.length}:${h}`;
  });
}
