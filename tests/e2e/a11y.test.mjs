// Accessibility: axe-core (WCAG 2.1 A and AA rules) on the page in English and Italian, light
// and dark; any serious or critical violation fails. Keyboard: every control can be reached.
import { test, before, after } from 'node:test';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serveDist, launch, openApp, root } from './harness.mjs';

const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');
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

/** Opens every collapsed group so that axe sees every control, then runs axe. */
async function audit(page) {
  await page.$$eval('details', (ds) => ds.forEach((d) => (d.open = true)));
  await page.waitForTimeout(200);
  // axe goes in through the DevTools protocol (page.evaluate), not a <script> tag, which the
  // page's Content-Security-Policy refuses: the audit sees the page as visitors get it.
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

for (const lang of ['en', 'it']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe: no serious or critical violation (${lang}, ${colorScheme})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, locale: lang === 'it' ? 'it-IT' : 'en-GB' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url);
      await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]');
      const select = await page.$('select[data-control="language"]');
      if (select) {
        await page.selectOption('select[data-control="language"]', lang);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
      }
      const violations = await audit(page);
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad, [], JSON.stringify(bad, null, 2));
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('keyboard: Tab reaches the preset selector, a slider and the chart tabs, with visible focus', async () => {
  const { page, context } = await openApp(browser, server.url);
  const reached = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        key: el.dataset.control ?? el.dataset.field ?? el.getAttribute('role') ?? el.tagName,
        outline: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    if (info) {
      reached.add(info.key);
      assert.ok(info.outline, `focus is visible on ${info.key}`);
    }
  }
  assert.ok(reached.has('preset'), [...reached].join(', '));
  assert.ok(reached.has('data_centre.racks'), [...reached].join(', '));
  await context.close();
});
