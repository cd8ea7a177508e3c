// The list inputs edited on the page (issue 13): `recovery.maintenance` (MODEL.md §4.1) and
// `data_centre.ramp` (docs/model/life.md §3). A valid edit moves the results the way the model
// says; an invalid one shows the model's message naming the element and keeps what was typed;
// the lists travel in the share link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, setInput } from './harness.mjs';

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

const field = (path) => `[data-field="${path}"]`;
const value = (page, path) => page.$eval(field(path), (e) => e.value);
const count = (page, list) => page.getAttribute(`[data-list="${list}"]`, 'data-count');

test('maintenance periods: added, refused with the model\'s message, removed, and carried by the link', async () => {
  const { page, context, errors, foreign } = await openApp(browser, `${server.url}#p=brescia-pilot`);
  const k0 = await settled(page);
  const heat0 = Number(k0.heat_delivered_mwh);
  assert.ok(heat0 > 0);
  await page.click('summary:has-text("Heat recovery")');
  assert.equal(await count(page, 'recovery.maintenance'), '0');

  // Two weeks of January: the recovery plant recovers nothing on 14 winter days, when the
  // network takes all it can get, so less heat is delivered (MODEL.md §4.1).
  await page.click('[data-action="add-maintenance"]');
  await settled(page);
  assert.equal(await count(page, 'recovery.maintenance'), '1');
  await setInput(page, field('recovery.maintenance[0].from'), '01-10');
  await setInput(page, field('recovery.maintenance[0].to'), '01-23');
  const winter = await settled(page);
  const heatWinter = Number(winter.heat_delivered_mwh);
  assert.ok(heatWinter < heat0, `January maintenance delivers less: ${heatWinter} < ${heat0}`);
  // Only 14 of the year's days are lost: the other 351 still deliver heat.
  assert.ok(heatWinter > 0, 'some heat is still delivered');

  // July: Brescia's must-run waste-to-energy plant already covers the summer demand
  // (network.test.mjs), so a July shutdown can lose no more than the January one.
  await setInput(page, field('recovery.maintenance[0].from'), '07-01');
  await setInput(page, field('recovery.maintenance[0].to'), '07-14');
  const july = await settled(page);
  const heatJuly = Number(july.heat_delivered_mwh);
  assert.ok(heatJuly <= heat0, `July maintenance delivers no more: ${heatJuly} <= ${heat0}`);
  assert.ok(heatJuly > heatWinter, `July costs less heat than January: ${heatJuly} > ${heatWinter}`);
  // The Method panel lists the period as the model read it: 07-01 to 07-14 is 14 days.
  await page.click('#method > summary');
  await page.waitForSelector('[data-maintenance-in-use]', { timeout: 5000 });
  assert.deepEqual(
    await page.$$eval('[data-maintenance-in-use]', (els) => els.map((e) => e.textContent)),
    ['07-01 to 07-14, 14 days with no heat recovered'],
  );

  // An impossible date: the model's message names the element, the typed text stays, and the
  // last valid scenario stays in the model.
  await setInput(page, field('recovery.maintenance[0].from'), '13-45');
  await page.waitForSelector('[data-list-error="recovery.maintenance[0]"]', { timeout: 5000 });
  const message = await page.textContent('[data-list-error="recovery.maintenance[0]"]');
  assert.match(message, /recovery\.maintenance\[0\]\.from/);
  assert.match(message, /13-45/);
  assert.equal(await value(page, 'recovery.maintenance[0].from'), '13-45');
  const still = await settled(page);
  assert.equal(still.heat_delivered_mwh, july.heat_delivered_mwh);
  await setInput(page, field('recovery.maintenance[0].from'), '07-01');
  await settled(page);
  assert.equal(await page.$('[data-list-error="recovery.maintenance[0]"]'), null, 'the message goes when the date is valid');

  // The link carries the period.
  await page.waitForFunction(() => location.hash.startsWith('#s=1.'), null, { timeout: 5000 });
  const link = page.url();
  const { page: again, context: c2, errors: e2 } = await openApp(browser, link);
  const reopened = await settled(again);
  assert.equal(await count(again, 'recovery.maintenance'), '1');
  assert.equal(await value(again, 'recovery.maintenance[0].from'), '07-01');
  assert.equal(await value(again, 'recovery.maintenance[0].to'), '07-14');
  assert.equal(reopened.heat_delivered_mwh, july.heat_delivered_mwh);
  assert.deepEqual(e2, []);
  await c2.close();

  // Removed: the original figure comes back.
  await page.click('li[data-maintenance="0"] [data-action="remove-maintenance"]');
  const back = await settled(page);
  assert.equal(await count(page, 'recovery.maintenance'), '0');
  assert.equal(back.heat_delivered_mwh, k0.heat_delivered_mwh);
  assert.equal(await page.$$eval('[data-maintenance-in-use]', (els) => els.length), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('an IT load ramp lowers the life\'s heat by at most the first year\'s, and travels in the link', async () => {
  const { page, context, errors, foreign } = await openApp(browser, `${server.url}#p=brescia-pilot`);
  await page.waitForSelector('[data-kpi="lifetime_heat_delivered_mwh"][data-value]');
  const kPreset = await settled(page);
  const lifePreset = Number(kPreset.lifetime_heat_delivered_mwh);
  const years = Number(await value(page, 'economics.years'));
  assert.ok(lifePreset > 0 && years >= 2);
  // Brescia's preset ramps from 5 % of the design IT load in its first year (scenarios/).
  assert.equal(await count(page, 'data_centre.ramp'), '2');
  assert.equal(await value(page, 'data_centre.ramp[0]'), '0.05');
  assert.equal(await value(page, 'data_centre.ramp[1]'), '1');

  // No ramp: design load every year.
  await page.click('li[data-ramp-year="1"] [data-action="remove-ramp-year"]');
  await page.click('li[data-ramp-year="0"] [data-action="remove-ramp-year"]');
  const k0 = await settled(page);
  assert.equal(await count(page, 'data_centre.ramp'), '0');
  const life0 = Number(k0.lifetime_heat_delivered_mwh);
  assert.ok(life0 > lifePreset, `design load from year 1 gives more heat: ${life0} > ${lifePreset}`);

  // [0.5, 1]: year 1 at half the design IT load, then design load for the rest.
  await page.click('[data-action="add-ramp-year"]');
  await page.click('[data-action="add-ramp-year"]');
  assert.equal(await count(page, 'data_centre.ramp'), '2');
  assert.equal(await value(page, 'data_centre.ramp[1]'), '1');
  const k11 = await settled(page);
  assert.equal(k11.lifetime_heat_delivered_mwh, k0.lifetime_heat_delivered_mwh, '[1, 1] is design load every year');
  await setInput(page, field('data_centre.ramp[0]'), '0.5');
  const k1 = await settled(page);
  const life1 = Number(k1.lifetime_heat_delivered_mwh);
  // Only the first of `years` years changes: less heat than at design load, more than with
  // the preset's 5 % first year, and at most one year's heat lost: life0 − life0 / years ≤
  // life1 (each year delivers about life0 / years; 1 % allowed for the years' differences).
  assert.ok(life1 < life0, `the ramp lowers the life's heat: ${life1} < ${life0}`);
  assert.ok(life1 > lifePreset, `half load in year 1 gives more than 5 %: ${life1} > ${lifePreset}`);
  assert.ok(life1 >= life0 * (1 - 1.01 / years), `by at most one year's heat: ${life1} vs ${life0}, ${years} years`);
  // The yearly figures are the design year's (the ramp's largest share, 1): unchanged.
  assert.equal(k1.heat_delivered_mwh, k0.heat_delivered_mwh);

  // A share above 1 is refused with the model's message; the typed text stays.
  await setInput(page, field('data_centre.ramp[1]'), '1.5');
  await page.waitForSelector('[data-list-error="data_centre.ramp[1]"]', { timeout: 5000 });
  assert.match(await page.textContent('[data-list-error="data_centre.ramp[1]"]'), /data_centre\.ramp\[1\]/);
  assert.equal(await value(page, 'data_centre.ramp[1]'), '1.5');
  await setInput(page, field('data_centre.ramp[1]'), '1');
  await settled(page);

  // The link carries the ramp.
  await page.waitForFunction(() => location.hash.startsWith('#s=1.'), null, { timeout: 5000 });
  const { page: again, context: c2, errors: e2 } = await openApp(browser, page.url());
  await again.waitForSelector('[data-kpi="lifetime_heat_delivered_mwh"][data-value]');
  const reopened = await settled(again);
  assert.equal(await count(again, 'data_centre.ramp'), '2');
  assert.equal(await value(again, 'data_centre.ramp[0]'), '0.5');
  assert.equal(await value(again, 'data_centre.ramp[1]'), '1');
  assert.equal(reopened.lifetime_heat_delivered_mwh, k1.lifetime_heat_delivered_mwh);
  assert.deepEqual(e2, []);
  await c2.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a grid CO2 path: a grid clean from year 6 raises the life\'s CO2 avoided; a bad factor is refused naming its field', async () => {
  const { page, context, errors, foreign } = await openApp(browser, `${server.url}#p=brescia-pilot`);
  await page.waitForSelector('[data-kpi="lifetime_co2_avoided_t"][data-value]');
  const k0 = await settled(page);
  assert.equal(await count(page, 'emissions.grid_path'), '0');
  await page.click('summary:has-text("Climate")');
  // The first point is the start year at the grid factor in use.
  await page.click('[data-action="add-grid-point"]');
  const kOne = await settled(page);
  assert.equal(await count(page, 'emissions.grid_path'), '1');
  const year = Number(await value(page, 'emissions.grid_path[0].year'));
  assert.ok(year >= 2000 && year <= 2100);
  // A second point five years on, then at 0 g/kWh.
  await page.click('[data-action="add-grid-point"]');
  assert.equal(Number(await value(page, 'emissions.grid_path[1].year')), year + 5);
  await setInput(page, field('emissions.grid_path[1].g_per_kwh'), '0');
  const k1 = await settled(page);
  // One point holds the factor every year; the second brings it to 0 from year 6 on, so the
  // heat pump's electricity emits less and more CO2 is avoided over the life.
  assert.ok(Number(k1.lifetime_co2_avoided_t) > Number(kOne.lifetime_co2_avoided_t), `${k1.lifetime_co2_avoided_t} > ${kOne.lifetime_co2_avoided_t}`);
  // A refused factor names its field and keeps the typed text.
  await setInput(page, field('emissions.grid_path[1].g_per_kwh'), '-5');
  await page.waitForSelector('[data-list-error="emissions.grid_path[1]"]', { timeout: 5000 });
  assert.match(await page.textContent('[data-list-error="emissions.grid_path[1]"]'), /emissions\.grid_path\[1\]\.g_per_kwh/);
  assert.equal(await value(page, 'emissions.grid_path[1].g_per_kwh'), '-5');
  // Removed: the country's path again.
  await page.click('li[data-grid-point="1"] [data-action="remove-grid-point"]');
  await page.click('li[data-grid-point="0"] [data-action="remove-grid-point"]');
  const back = await settled(page);
  assert.equal(await count(page, 'emissions.grid_path'), '0');
  assert.equal(back.lifetime_co2_avoided_t, k0.lifetime_co2_avoided_t);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
