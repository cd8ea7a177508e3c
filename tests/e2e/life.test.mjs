// The project over its life (issue 13, docs/model/life.md): the cumulative cash-flow chart per
// party and its figures (NPV, IRR, discounted payback, lifetime heat, CO2 and LCOH) match
// `heat-twin-cli simulate`; an IRR that does not exist is empty with its reason in words; the
// chart redraws when the project's life changes; both languages; no request elsewhere, no error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serveDist, launch, openApp, setInput, kpi, canvasHash, root } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
  execFileSync('cargo', ['build', '--quiet', '-p', 'heat-twin-cli'], { cwd: root, stdio: 'inherit' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const cli = (...args) => execFileSync(path.join(root, 'target', 'debug', 'heat-twin-cli'), args, { cwd: root, encoding: 'utf8' });

const LIFE = [
  'npv_utility_eur',
  'npv_data_centre_eur',
  'irr_utility',
  'irr_data_centre',
  'discounted_payback_utility_years',
  'discounted_payback_data_centre_years',
  'lifetime_heat_delivered_mwh',
  'lifetime_co2_avoided_t',
  'lifetime_lcoh_eur_per_mwh',
];

async function compareLife(page, stem) {
  const want = JSON.parse(cli('simulate', path.join('scenarios', `${stem}.json`))).summary;
  // Within 1e-9 relative: the browser's exp/ln (heat-pump COP) may differ from the native ones in
  // the last bits.
  await page.waitForFunction(
    (w) => {
      const v = Number(document.querySelector('[data-kpi="npv_utility_eur"]')?.dataset.value);
      return Math.abs(v - w) <= 1e-9 * Math.max(Math.abs(w), 1);
    },
    want.npv_utility_eur,
    { timeout: 8000 },
  );
  for (const field of LIFE) {
    const got = await kpi(page, field);
    if (want[field] === null) {
      assert.equal(got, null, `${stem}: ${field} is null in the CLI and empty on the page`);
    } else {
      const scale = Math.max(Math.abs(want[field]), 1e-300);
      assert.ok(Math.abs(got - want[field]) / scale <= 1e-9, `${stem}: ${field} page ${got} vs CLI ${want[field]}`);
    }
  }
  return want;
}

test('the life of each party matches the command line, in both languages', async () => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  await page.waitForSelector('[data-kpi="npv_utility_eur"][data-value]');
  const brescia = await compareLife(page, 'brescia-pilot');
  // The data centre of Brescia has no capex: its flows never change sign, no IRR, said why.
  assert.equal(brescia.irr_data_centre, null);
  assert.match(await page.textContent('[data-kpi="irr_data_centre"] .note'), /never change sign/);
  const chart = 'canvas[data-chart="cashflow"]';
  // The chart draws while it can be seen (src/components/life.rs), in an animation frame.
  await page.locator(chart).scrollIntoViewIfNeeded();
  await page.waitForFunction((s) => document.querySelector(s)?.width > 0, chart);
  const drawn = await canvasHash(page, chart);
  assert.match(await page.getAttribute(chart, 'aria-label'), /Cumulative cash flow over 25 years/);

  // A shorter life: fewer years, another chart and another NPV.
  const npv25 = await kpi(page, 'npv_utility_eur');
  await setInput(page, 'input[type=number][data-field="economics.years"]', '10');
  await page.waitForFunction((v) => Number(document.querySelector('[data-kpi="npv_utility_eur"]').dataset.value) !== v, npv25);
  await page.waitForFunction((s) => /over 10 years/.test(document.querySelector(s).getAttribute('aria-label')), chart);
  await page.locator(chart).scrollIntoViewIfNeeded();
  await page.waitForFunction(([s, h]) => {
    const d = document.querySelector(s).toDataURL();
    let x = 0;
    for (let i = 0; i < d.length; i++) x = (x * 31 + d.charCodeAt(i)) | 0;
    return `${d.length}:${x}` !== h;
  }, [chart, drawn], { timeout: 5000 }).catch(() => {});
  assert.notEqual(await canvasHash(page, chart), drawn, 'the chart redraws');

  // Espoo, priced in Finland.
  // The page asks before discarding the edit (10 years): yes.
  page.once('dialog', (d) => d.accept());
  await page.selectOption('select[data-control="preset"]', 'espoo-microsoft-fortum');
  await compareLife(page, 'espoo-microsoft-fortum');

  // Italian: the words change, the machine numbers do not.
  const value = await page.getAttribute('[data-kpi="npv_utility_eur"]', 'data-value');
  await page.selectOption('select[data-control="language"]', 'it');
  await page.waitForFunction(() => document.documentElement.lang === 'it');
  assert.equal((await page.textContent('#life-title')).trim(), 'Il progetto lungo la sua vita');
  assert.match(await page.textContent('[data-kpi="npv_utility_eur"] .label'), /Valore attuale netto/);
  assert.equal(await page.getAttribute('[data-kpi="npv_utility_eur"]', 'data-value'), value);
  assert.match(await page.getAttribute(chart, 'aria-label'), /Flusso di cassa cumulato su 25 anni/);

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
