// The network as it is (issue 11): the heat the network does not take, said in both languages;
// the preset's published figures beside the model's; and the plant list edited in the page,
// with the results moving the way merit-order dispatch says (MODEL.md §5.1, §7), and the
// edit surviving a share link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, setInput, kpi } from './harness.mjs';

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

/** Every KPI's data-value, by field. */
const kpis = (page) => page.$$eval('[data-kpi]', (els) => Object.fromEntries(els.map((e) => [e.dataset.kpi, e.dataset.value])));

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

const warning = (page, code) => page.$eval(`[data-warning="${code}"]`, (e) => e.textContent).catch(() => null);
const plant = (i, key) => `[data-field="network.plants[${i}].${key}"]`;
const value = (page, sel) => page.$eval(sel, (e) => (e.type === 'checkbox' ? String(e.checked) : e.value));

test('Brescia in Italian: the heat not taken in summer is said in Italian, naming the months', async () => {
  const { page, context, errors, foreign } = await openApp(browser, `${server.url}#p=brescia-pilot`, { locale: 'it-IT' });
  await settled(page);
  const text = await warning(page, 'heat_not_taken');
  assert.ok(text, 'the heat_not_taken warning is shown');
  // Brescia's must-run waste-to-energy heat (110 MW) is above the summer demand, so July and
  // August find no room (MODEL.md §7 step 4): the months are named, in Italian, lower case
  // inside the list, with the plant's kind and the reason.
  assert.match(text, /luglio/);
  assert.match(text, /agosto/);
  assert.match(text, /il termovalorizzatore «Brescia waste-to-energy \(must-run heat\)», che deve funzionare comunque, copre già la domanda della rete/);
  assert.match(text, /non vengono ritirati dalla rete/);
  assert.doesNotMatch(text, /July|already covers/, 'no English left in the Italian sentence');
  // The same run in English.
  await page.selectOption('select[data-control="language"]', 'en');
  const en = await warning(page, 'heat_not_taken');
  assert.match(en, /July/);
  assert.match(en, /the must-run waste-to-energy plant “Brescia waste-to-energy \(must-run heat\)” already covers the network's demand/);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a preset as published shows its published figures beside the modelled ones, with the gap', async () => {
  const { page, context, errors } = await openApp(browser, `${server.url}#p=brescia-pilot`);
  const k = await settled(page);
  const rows = await page.$$eval('.results [data-published]', (els) =>
    els.map((e) => ({
      field: e.dataset.published,
      value: Number(e.dataset.value),
      gap: Number(e.querySelector('[data-gap]')?.dataset.gap),
      cells: [...e.querySelectorAll('td')].map((td) => td.textContent),
    })),
  );
  const fields = rows.map((r) => r.field);
  assert.deepEqual(fields, ['heat_delivered_mwh', 'homes_equivalent', 'co2_avoided_t', 'trees_equivalent']);
  // The modelled column is the KPI card's figure, and the gap is (model − published) / published.
  const published = { heat_delivered_mwh: 16000, homes_equivalent: 1350, co2_avoided_t: 3500, trees_equivalent: 22000 };
  for (const r of rows) {
    if (k[r.field] !== undefined) assert.ok(Math.abs(r.value - Number(k[r.field])) < 1e-6 * Math.max(1, r.value), r.field);
    const gap = (100 * (r.value - published[r.field])) / published[r.field];
    assert.ok(Math.abs(r.gap - gap) < 1e-9, `${r.field}: ${r.gap} vs ${gap}`);
    assert.match(r.cells[2], gap < 0 ? /^−/ : /^\+/, 'the gap is signed');
    assert.match(r.cells[3], /16 GWh\/yr of heat/, 'the source of the figure is named');
  }
  assert.match(await page.textContent('.results .published-about'), /calibrated is the IT load/);
  // After an edit the comparison is withdrawn, and says why.
  await setInput(page, 'input[type=number][data-field="data_centre.racks"]', '300');
  await settled(page);
  assert.equal(await page.$$eval('.results [data-published]', (e) => e.length), 0);
  assert.match(await page.textContent('.results [data-published-state="modified"]'), /preset as published/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the plant list edited in the page moves the results as merit order says, and travels in the link', async () => {
  const { page, context, errors, foreign } = await openApp(browser, `${server.url}#p=brescia-pilot`);
  await page.click('summary:has-text("Network")');
  const base = await settled(page);
  const heat0 = Number(base.heat_delivered_mwh);
  const co20 = Number(base.co2_avoided_t);
  assert.equal(await page.getAttribute('.plants-editor', 'data-plants'), '3');
  assert.equal(await value(page, plant(0, 'kind')), 'waste_to_energy');
  assert.equal(await value(page, plant(0, 'capacity_mw')), '110');

  // A refused value: the model's message names the field; what was typed stays; nothing runs.
  await setInput(page, plant(0, 'capacity_mw'), '-5');
  await settled(page);
  assert.match(await page.textContent('[data-plant-error="0"]'), /network\.plants\[0\]\.capacity_mw: -5/);
  assert.equal(await value(page, plant(0, 'capacity_mw')), '-5');
  assert.equal(await kpi(page, 'heat_delivered_mwh'), heat0);

  // Less must-run waste-to-energy heat (110 → 30 MW) leaves more hours in which the network's
  // dispatchable plants run, and the data centre's heat (31.5 €/MWh) displaces the boilers
  // (48.9 €/MWh, 218.9 kg/MWh) there: more heat taken, more CO2 avoided.
  await setInput(page, plant(0, 'capacity_mw'), '30');
  const less = await settled(page);
  assert.equal(await page.$$eval('[data-plant-error="0"]', (e) => e.length), 0, 'the error goes');
  assert.ok(Number(less.heat_delivered_mwh) > heat0 * 1.05, `${less.heat_delivered_mwh} > ${heat0}`);
  assert.ok(Number(less.co2_avoided_t) > co20, `${less.co2_avoided_t} > ${co20}`);

  // Must run only in summer: out of summer the plant is still cheaper (7.4 €/MWh) than the data
  // centre's heat, so it keeps its output (MODEL.md §7 step 3): the same heat is taken, but the
  // reason changes from "no room" to "cheaper" in those months.
  await setInput(page, plant(0, 'must_run_months'), '6, 7, 8');
  const summer = await settled(page);
  assert.ok(Math.abs(Number(summer.heat_delivered_mwh) - Number(less.heat_delivered_mwh)) < 1e-6 * heat0);
  const why = await warning(page, 'heat_not_taken');
  if (why) assert.doesNotMatch(why, /must-run waste-to-energy plant[^;]*\b(January|December)\b/);

  // A gas boiler added, then made an oil boiler (its reference cost and CO2 come with the kind),
  // then removed: displaced by the data centre's heat like the implicit boilers, it changes
  // neither the heat taken nor (at 218.9 kg/MWh, the implicit boilers' factor) the CO2.
  await page.click('[data-action="add-plant"]');
  const added = await settled(page);
  assert.equal(await page.getAttribute('.plants-editor', 'data-plants'), '4');
  assert.equal(await value(page, plant(3, 'kind')), 'gas_boiler');
  assert.equal(await value(page, plant(3, 'marginal_cost_eur_per_mwh')), '48.9');
  assert.ok(Math.abs(Number(added.heat_delivered_mwh) - Number(summer.heat_delivered_mwh)) < 1e-6 * heat0);
  assert.ok(Math.abs(Number(added.co2_avoided_t) - Number(summer.co2_avoided_t)) < 1e-6 * Math.abs(co20) + 1e-6);
  await page.selectOption(plant(3, 'kind'), 'oil_boiler');
  await settled(page);
  assert.equal(await value(page, plant(3, 'marginal_cost_eur_per_mwh')), '77.8');
  assert.equal(await value(page, plant(3, 'co2_kg_per_mwh')), '285.7');
  await page.click('tr[data-plant="3"] [data-action="remove-plant"]');
  await settled(page);
  assert.equal(await page.getAttribute('.plants-editor', 'data-plants'), '3');

  // The method panel lists the plants in use (it follows the run once the edits pause).
  await page.waitForFunction(() => document.querySelectorAll('[data-plants-in-use]').length === 3, null, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await page.$$eval('[data-plants-in-use]', (e) => e.length), 3);

  // The link carries the plants.
  await page.waitForFunction(() => location.hash.startsWith('#s=1.'), null, { timeout: 5000 });
  const link = page.url();
  const { page: again, context: c2, errors: e2 } = await openApp(browser, link);
  await again.click('summary:has-text("Network")');
  const reopened = await settled(again);
  assert.equal(await again.getAttribute('.plants-editor', 'data-plants'), '3');
  assert.equal(await value(again, plant(0, 'capacity_mw')), '30');
  assert.equal(await value(again, plant(0, 'must_run_months')), '6, 7, 8');
  assert.equal(await value(again, plant(2, 'kind')), 'gas_boiler');
  assert.equal(reopened.heat_delivered_mwh, summer.heat_delivered_mwh);
  assert.deepEqual(e2, []);
  await c2.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
