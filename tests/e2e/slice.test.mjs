// The first vertical slice (foundation issue): the racks slider recomputes the year on every
// `input` event, the heat-delivered KPI and the chart change, and the page stays on its origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, screenshot, setInput, kpi, canvasHash } from './harness.mjs';

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

test('moving the racks slider changes heat delivered and redraws the chart', async () => {
  const { page, context, foreign, errors } = await openApp(browser, server.url);
  const slider = 'input[type=range][data-field="data_centre.racks"]';
  await page.waitForSelector('canvas[data-chart]');
  // A chart redraws while it can be seen: look at it, as a user dragging the slider would.
  // The results' chart (the project's cash-flow chart below it is another canvas).
  await page.locator('canvas[data-chart]:not([data-chart="cashflow"])').scrollIntoViewIfNeeded();
  const heat0 = await kpi(page, 'heat_delivered_mwh');
  const chart0 = await canvasHash(page, 'canvas[data-chart]');
  const racks0 = Number(await page.$eval(slider, (el) => el.value));
  assert.ok(heat0 > 0, `heat delivered ${heat0}`);

  // One input event, as a drag produces: no change event.
  await setInput(page, slider, racks0 / 2);
  await page.waitForFunction(
    (h) => Number(document.querySelector('[data-kpi="heat_delivered_mwh"]').dataset.value) !== h,
    heat0,
  );
  const heat1 = await kpi(page, 'heat_delivered_mwh');
  // Half the racks offer half the heat in every hour; the network takes min(offer, room) each
  // hour (merit order, MODEL.md §7), so it takes at least half and less than before.
  assert.ok(heat1 >= heat0 / 2 * (1 - 1e-9) && heat1 < heat0, `half the racks: ${heat0} → ${heat1}`);
  const numberBox = await page.$eval('input[type=number][data-field="data_centre.racks"]', (el) => Number(el.value));
  assert.equal(numberBox, racks0 / 2, 'the number box follows the slider');
  await page.waitForFunction(
    (h) => {
      const c = document.querySelector('canvas[data-chart]');
      const d = c.toDataURL();
      let x = 0;
      for (let i = 0; i < d.length; i++) x = (x * 31 + d.charCodeAt(i)) | 0;
      return `${d.length}:${x}` !== h;
    },
    chart0,
  );
  const shown = await page.textContent('[data-kpi="heat_delivered_mwh"] .value');
  assert.match(shown, /MWh\/yr/, 'the KPI shows its unit');
  await screenshot(page, 'slice-after-drag.png');
  assert.deepEqual(foreign, [], 'no request to another origin');
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});
