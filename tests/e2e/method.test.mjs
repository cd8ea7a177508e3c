// The Method and sources panel: opens with the keyboard, lists every scenario input with a
// source, carries the PVGIS attribution, and never makes the page scroll sideways on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serveDist, launch, openApp, root, screenshot } from './harness.mjs';

const PVGIS =
  'PVGIS TMY (SARAH2/ERA5, 2005–2020) © European Union, 2001–2024, European Commission Joint Research Centre.';

// Every field path of the model's table, from the CLI's JSON Schema when it has been built
// (`cargo test --workspace` builds it before these tests), else the list of version 1.
function fieldPaths() {
  const cli = path.join(root, 'target', 'debug', process.platform === 'win32' ? 'heat-twin-cli.exe' : 'heat-twin-cli');
  if (fs.existsSync(cli)) {
    const schema = JSON.parse(execFileSync(cli, ['schema'], { encoding: 'utf8' }));
    const paths = [];
    for (const [section, spec] of Object.entries(schema.properties)) {
      if (section === 'weather' || !spec.properties) continue;
      for (const [name, prop] of Object.entries(spec.properties)) {
        // A list (network.plants, recovery.maintenance, data_centre.ramp, emissions.grid_path)
        // is not one input: it has its own editor and the panel describes it apart.
        if (prop.type === 'array') continue;
        paths.push(`${section}.${name}`);
      }
    }
    return paths;
  }
  return [
    'data_centre.racks', 'data_centre.rack_kw', 'data_centre.utilisation', 'data_centre.daily_swing',
    'data_centre.pue', 'data_centre.cooling', 'data_centre.capture_share', 'data_centre.loop_out_c',
    'data_centre.loop_delta_k', 'recovery.approach_k', 'recovery.feed_in', 'recovery.heat_pump',
    'recovery.lorenz_efficiency', 'recovery.min_lift_k', 'recovery.max_cop', 'recovery.heat_pump_max_mw',
    'recovery.pumping_share', 'network.generation', 'network.supply_max_c', 'network.supply_min_c',
    'network.return_c', 'network.ground_c', 'network.dhw_min_supply_c', 'network.homes',
    'network.home_heat_mwh', 'network.dhw_share', 'network.heating_base_c', 'network.heating_season',
    'network.loss_share', 'network.baseload_mw', 'network.takes_all_heat', 'storage.volume_m3',
    'storage.hours_to_full', 'storage.loss_per_day', 'emissions.grid_g_per_kwh',
    'emissions.fuel_kg_per_mwh', 'emissions.boiler_efficiency', 'emissions.tree_kg_per_year',
    'emissions.displaced_heat_kg_per_mwh', 'emissions.credit_avoided_cooling',
    'emissions.site_cooling_eer', 'economics.heat_price_eur_per_mwh',
    'economics.electricity_price_eur_per_mwh', 'economics.fuel_price_eur_per_mwh',
    'economics.heat_pump_owner', 'economics.heat_pump_capex_eur_per_mw',
    'economics.storage_capex_eur_per_m3', 'economics.pipe_length_km', 'economics.pipe_capex_eur_per_m',
    'economics.om_share_of_capex', 'economics.lifetime_years', 'economics.discount_rate',
  ];
}

/** Focuses the panel's summary with the Tab key, then opens it with Enter. */
async function openWithKeyboard(page) {
  const summary = page.locator('#method > summary');
  assert.equal(await page.locator('#method').evaluate((d) => d.open), false, 'closed by default');
  // Tab from the element just before the summary in document order, as a keyboard user would.
  await page.evaluate(() => {
    const all = [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]')];
    const i = all.indexOf(document.querySelector('#method > summary'));
    // The nearest earlier element that really takes focus (not disabled, not hidden).
    const candidates = all.slice(0, i).reverse().filter((el) => el.offsetParent !== null && !el.closest('#method'));
    candidates.find((el) => {
      el.focus();
      return document.activeElement === el;
    });
  });
  await page.keyboard.press('Tab');
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'Tab reaches the summary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#method[open]');
}

test('method panel: keyboard, every input with a source, attribution, no sideways scroll on a phone', async () => {
  const srv = await serveDist();
  const browser = await launch();
  try {
    const { page, foreign, errors } = await openApp(browser, srv.url, { width: 375, height: 800 });
    const heading = await page.locator('#method > summary h2').innerText();
    assert.match(heading, /How the twin works/);
    const widthClosed = await page.evaluate(() => document.documentElement.scrollWidth);

    await openWithKeyboard(page);
    assert.equal(await page.locator('.method-body').isVisible(), true);

    // Every field path of the scenario has exactly one row, and each row names a source.
    const rows = await page.$$eval('#method tr[data-path]', (trs) =>
      trs.map((tr) => ({
        path: tr.dataset.path,
        code: tr.querySelector('code')?.textContent,
        source: tr.querySelector('[data-col="source"]')?.textContent.trim() ?? '',
      })),
    );
    const expected = fieldPaths();
    assert.ok(expected.length >= 50, `only ${expected.length} fields found`);
    assert.deepEqual(rows.map((r) => r.path).sort(), [...expected].sort());
    for (const r of rows) {
      assert.equal(r.code, r.path, `${r.path} shows its JSON path`);
      assert.ok(r.source.length > 3, `${r.path} has no source`);
    }

    // The loaded preset (Brescia) differs from the defaults somewhere, and it is shown.
    const racks = await page.locator('#method tr[data-path="data_centre.racks"] [data-col="current"]').innerText();
    assert.equal(racks.trim(), '600');

    // Climates with sources, and the required weather attribution, verbatim.
    const climates = await page.$$eval('#method tr[data-climate]', (trs) =>
      trs.map((tr) => tr.querySelector('[data-col="source"]').textContent.trim()),
    );
    assert.ok(climates.length >= 2 && climates.every((s) => s.length > 10));
    assert.equal((await page.locator('#method [data-attribution="pvgis"]').innerText()).trim(), PVGIS);

    // This scenario's sources: the Brescia preset lists its own.
    assert.ok((await page.locator('#method .scenario-sources li').count()) > 3);

    // Nothing in the panel reaches past the screen; wide tables scroll inside their own box,
    // and opening the panel does not widen the page.
    const outside = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      return [...document.querySelectorAll('#method *')]
        .filter((el) => !el.closest('.table-scroll') || el.classList.contains('table-scroll'))
        .filter((el) => el.getBoundingClientRect().right > vw + 0.5)
        .map((el) => `${el.tagName}.${el.className}`);
    });
    assert.deepEqual(outside, []);
    const scrollers = await page.$$eval('#method .table-scroll', (els) =>
      els.map((el) => getComputedStyle(el).overflowX),
    );
    assert.ok(scrollers.length > 5 && scrollers.every((o) => o === 'auto'));
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= widthClosed);

    // Closes again with the keyboard.
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#method').evaluate((d) => d.open), false);

    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await srv.close();
  }
});

test('method panel: a link to #method-inputs opens it; printing shows it', async () => {
  const srv = await serveDist();
  const browser = await launch();
  try {
    const { page, errors } = await openApp(browser, srv.url, { width: 1440, height: 900 });
    await page.evaluate(() => { location.hash = '#method-inputs'; });
    await page.waitForSelector('#method[open]');
    await page.evaluate(() => { document.querySelector('#method').open = false; });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('#method').evaluate((d) => d.open), true, 'open while printing');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('#method').evaluate((d) => d.open), false, 'closed again after printing');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await srv.close();
  }
});

test('method panel in Italian: heading, prose, numbers and both attributions', async () => {
  const srv = await serveDist();
  const browser = await launch();
  try {
    const { page, errors } = await openApp(browser, srv.url, { width: 1440, height: 900 });
    await page.selectOption('select[data-control="language"]', 'it');
    await page.waitForFunction(() => /Come funziona/.test(document.querySelector('#method > summary h2')?.textContent ?? ''));
    await page.evaluate(() => { location.hash = '#method-words'; });
    await page.waitForSelector('#method[open]');
    assert.equal(await page.locator('#method > summary h2').innerText(), 'Come funziona il gemello digitale — metodo e fonti');
    assert.match(await page.locator('#method-time ~ p.prose').first().innerText(), /anno tipo di 8\.760 ore/);
    assert.match(await page.locator('#method-recovery ~ p.prose strong').first().innerText(), /Scambio diretto\./);
    assert.equal(await page.locator('#method-inputs').innerText(), "Ogni dato d'ingresso, il suo valore predefinito e la sua fonte");
    // Numbers in the Italian style: the default of network.homes and a climate's annual mean.
    const homes = await page.locator('#method tr[data-path="network.homes"] td').nth(1).innerText();
    assert.equal(homes.trim(), '20.000');
    const mean = await page.locator('#method tr[data-climate="po-valley"] td.num').innerText();
    assert.match(mean, /^\d+,\d+ °C$/);
    // The English attribution stays verbatim, with the Italian one beside it.
    assert.equal((await page.locator('#method [data-attribution="pvgis"]').innerText()).trim(), PVGIS);
    assert.match(await page.locator('#method [data-attribution="pvgis-it"]').innerText(), /Unione europea, 2001–2024, Centro comune di ricerca/);
    await screenshot(page, 'method-it-1440.png');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator('#method-time').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(root, 'test-results', 'method-it-375.png') });
    // Back to English, still open.
    await page.selectOption('select[data-control="language"]', 'en');
    await page.waitForFunction(() => /How the twin works/.test(document.querySelector('#method > summary h2')?.textContent ?? ''));
    assert.equal(await page.locator('#method').evaluate((d) => d.open), true);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await srv.close();
  }
});
