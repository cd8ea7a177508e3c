// Languages: the selector switches the page between English and Italian (texts, number
// format, <html lang>), the choice survives a reload, an Italian browser opens in Italian and
// an English one in English; the machine numbers (data-value) never change with the language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, screenshot } from './harness.mjs';

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

const HEAT = '[data-kpi="heat_delivered_mwh"]';
const text = (page, sel) => page.$eval(sel, (e) => e.textContent.trim());
const lang = (page) => page.getAttribute('html', 'lang');

/** The page's language-dependent texts. */
async function texts(page) {
  return {
    story: await text(page, 'section.story p'),
    heading: await text(page, 'details.group > summary'),
    label: await text(page, `${HEAT} .label`),
    value: await text(page, `${HEAT} .value`),
    homesLabel: await text(page, '[data-kpi="homes_equivalent"] .label'),
    homesUnit: await text(page, '[data-kpi="homes_equivalent"] .u'),
    field: await text(page, 'label[for="f-data_centre-racks"], .field label'),
    tab: await text(page, '[data-chart-tab="year"]'),
  };
}

test('the selector switches to Italian, formats numbers, keeps data-value and is remembered', async () => {
  const { page, context, errors, foreign } = await openApp(browser, server.url, { locale: 'en-GB' });
  assert.equal(await lang(page), 'en');
  const en = await texts(page);
  assert.match(en.story, /^Every server turns its electricity into heat/);
  assert.equal(en.heading, 'Data centre');
  assert.equal(en.label, 'Heat delivered');
  assert.equal(en.homesUnit, 'homes');
  const value = await page.getAttribute(HEAT, 'data-value');
  assert.match(en.value, /^\d{1,3}(,\d{3})*MWh\/yr$/, `English value: ${en.value}`);

  await page.selectOption('select[data-control="language"]', 'it');
  await page.waitForFunction(() => document.documentElement.lang === 'it');
  await page.waitForFunction((sel) => document.querySelector(`${sel} .label`).textContent.trim() === 'Calore fornito', HEAT);
  const it = await texts(page);
  assert.match(it.story, /^Ogni server trasforma in calore/);
  assert.match(it.story, /teleriscaldamento/);
  assert.equal(it.heading, 'Data center'); // the Italian spelling (locales/glossary.md)
  assert.equal(it.homesLabel, 'Abitazioni riscaldate');
  assert.equal(it.homesUnit, 'abitazioni');
  assert.notEqual(it.field, en.field);
  assert.equal(it.tab, 'Anno, giorno per giorno');
  assert.match(it.value, /^\d{1,3}(\.\d{3})*MWh\/anno$/, `Italian value: ${it.value}`);
  // The same number, grouped the Italian way: 16,083 → 16.083.
  assert.equal(it.value.replace('MWh/anno', ''), en.value.replace('MWh/yr', '').replaceAll(',', '.'));
  assert.equal(await page.getAttribute(HEAT, 'data-value'), value, 'data-value does not depend on the language');
  const headline = await text(page, '[data-control="headline"]');
  assert.match(headline, /MWh\/anno di calore · [\d.]+ abitazioni/);
  // The second group heading is translated (the first, "Data centre", is the same in Italian).
  const headings = await page.$$eval('details.group > summary', (s) => s.map((e) => e.textContent.trim()));
  assert.ok(headings.includes('Recupero di calore'), headings.join(' | '));

  await screenshot(page, 'i18n-it-1440.png');
  await page.reload();
  await page.waitForSelector(`${HEAT}[data-value]`);
  await page.waitForFunction((sel) => document.querySelector(`${sel} .label`)?.textContent.trim() === 'Calore fornito', HEAT);
  assert.equal(await lang(page), 'it', 'the choice survives a reload');
  assert.equal(await page.getAttribute(HEAT, 'data-value'), value);

  await page.selectOption('select[data-control="language"]', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await text(page, `${HEAT} .label`), 'Heat delivered');
  assert.equal(await text(page, `${HEAT} .value`), en.value);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('an Italian browser opens in Italian, an English one in English', async () => {
  const itPage = await openApp(browser, server.url, { locale: 'it-IT', width: 375, height: 800 });
  assert.equal(await lang(itPage.page), 'it');
  assert.equal(await text(itPage.page, `${HEAT} .label`), 'Calore fornito');
  assert.match(await text(itPage.page, `${HEAT} .value`), /^\d{1,3}(\.\d{3})*MWh\/anno$/);
  await screenshot(itPage.page, 'i18n-it-375.png');
  assert.deepEqual(itPage.errors, []);
  await itPage.context.close();

  const enPage = await openApp(browser, server.url, { locale: 'en-US', width: 375, height: 800 });
  assert.equal(await lang(enPage.page), 'en');
  assert.equal(await text(enPage.page, `${HEAT} .label`), 'Heat delivered');
  await screenshot(enPage.page, 'i18n-en-375.png');
  await enPage.page.setViewportSize({ width: 1440, height: 900 });
  await screenshot(enPage.page, 'i18n-en-1440.png');
  assert.deepEqual(enPage.errors, []);
  await enPage.context.close();
});

test('an out-of-range entry is refused in Italian with the range in Italian numbers', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { locale: 'it-IT' });
  await page.$eval('input[type="number"][data-field="data_centre.racks"]', (el) => {
    el.value = '2000000';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const msg = await page.$eval('input[type="number"][data-field="data_centre.racks"]', (el) =>
    el.closest('.field').querySelector('.error').textContent.trim(),
  );
  assert.match(msg, /^2\.000\.000 è fuori intervallo; ammessi da 0 a 1\.000\.000, numeri interi$/, msg);
  assert.deepEqual(errors, []);
  await context.close();
});
