// Whose scenario it is (issue 14): once a preset is edited the page says "modified from", the
// selector says "(modified)", the link stops claiming the preset, and the report, the file
// names and the saved name follow the scenario's own name. A new scenario and another preset
// ask first when there are unsaved edits. Switching the cooling brings its own loop values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
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

async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.click(selector)]);
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(await dl.path()) };
}

const selectedText = (page) =>
  page.$eval('select[data-control="preset"]', (s) => s.selectedOptions[0]?.textContent ?? '');

test('editing a preset gives the scenario its own name everywhere', async () => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  assert.equal(await page.$('[data-status="modified-from"]'), null, 'a preset as published is not modified');
  assert.doesNotMatch(await selectedText(page), /modified/);

  await setInput(page, 'input[type=number][data-field="data_centre.racks"]', '700');
  await page.waitForSelector('[data-status="modified-from"]');
  assert.match(await page.textContent('[data-status="modified-from"]'), /Brescia pilot/);
  assert.match(await selectedText(page), /\(modified\)$/);
  // The preset's name no longer heads the figures; its description is gone too.
  await page.waitForFunction(() => document.querySelector('input[data-field="name"]').value === 'My scenario (from Brescia pilot)');
  assert.equal(await page.$eval('textarea[data-field="description"]', (e) => e.value), '');
  assert.equal((await page.textContent('[data-report="name"]')).trim(), 'My scenario (from Brescia pilot)');
  // The link says "based on", never `p=` for a modified preset.
  await page.waitForFunction(() => location.hash.includes('&b=brescia-pilot'), null, { timeout: 5000 });
  assert.doesNotMatch(page.url(), /[#&]p=/);

  // The user's own name and description.
  await page.fill('input[data-field="name"]', 'Milano Nord');
  await page.fill('textarea[data-field="description"]', 'Our own numbers.');
  assert.equal((await page.textContent('[data-report="name"]')).trim(), 'Milano Nord');
  assert.equal((await page.textContent('.report-description')).trim(), 'Our own numbers.');
  assert.match(await page.textContent('[data-report="based-on"]'), /Brescia pilot/);
  const csv = await download(page, '[data-action="export-csv"]');
  assert.equal(csv.name, 'milano-nord-hourly.csv');
  assert.match(csv.bytes.toString('utf8'), /^# name: Milano Nord$/m);
  const png = await download(page, '[data-action="export-png"]');
  assert.match(png.name, /^milano-nord-chart-[a-z]+\.png$/);
  const json = await download(page, '[data-action="export-json"]');
  assert.equal(json.name, 'milano-nord.json');
  const saved = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(saved.name, 'Milano Nord');
  assert.equal(saved.description, 'Our own numbers.');
  assert.equal(saved.sources, undefined, "the preset's sources are not the user's");
  // The default saved name starts with the scenario's own name (then the date).
  assert.match(await page.$eval('input[data-control="saved-name"]', (e) => e.value || e.placeholder), /^Milano Nord\b/);

  // The link reopens the same identity, still "modified from".
  await page.waitForFunction(() => location.hash.startsWith('#s=1.'), null, { timeout: 5000 });
  await page.waitForTimeout(400);
  const other = await openApp(browser, page.url());
  assert.equal(await other.page.$eval('input[data-field="name"]', (e) => e.value), 'Milano Nord');
  await other.page.waitForSelector('[data-status="modified-from"]');
  assert.match(await selectedText(other.page), /\(modified\)$/);
  assert.deepEqual(other.errors, []);
  assert.deepEqual(other.foreign, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('a new scenario and another preset ask first when there are unsaved edits', async () => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  const racks = () => page.$eval('input[type=number][data-field="data_centre.racks"]', (e) => e.value);
  // Nothing edited: no question.
  let asked = 0;
  page.on('dialog', (d) => {
    asked++;
    return d.accept();
  });
  await page.selectOption('select[data-control="preset"]', 'settimo-milanese');
  await page.waitForFunction(() => location.hash === '#p=settimo-milanese', null, { timeout: 5000 });
  assert.equal(asked, 0);
  page.removeAllListeners('dialog');

  await setInput(page, 'input[type=number][data-field="data_centre.racks"]', '123');
  // Refused: nothing changes, and the selector goes back.
  page.once('dialog', (d) => d.dismiss());
  await page.click('button[data-action="new-scenario"]');
  assert.equal(await racks(), '123');
  page.once('dialog', (d) => d.dismiss());
  await page.selectOption('select[data-control="preset"]', 'brescia-pilot');
  assert.equal(await page.$eval('select[data-control="preset"]', (e) => e.value), 'settimo-milanese');
  assert.equal(await racks(), '123');
  // Accepted: the model's defaults, no preset, no name.
  let message = '';
  page.once('dialog', (d) => {
    message = d.message();
    return d.accept();
  });
  await page.click('button[data-action="new-scenario"]');
  assert.match(message, /not saved/);
  await page.waitForFunction(() => document.querySelector('input[type=number][data-field="data_centre.racks"]').value === '400');
  assert.equal(await page.$eval('select[data-control="preset"]', (e) => e.value), '');
  assert.equal(await page.$eval('input[data-field="name"]', (e) => e.value), '');
  assert.equal((await page.textContent('[data-report="name"]')).trim(), 'Untitled scenario');
  assert.equal(await page.$('[data-status="modified-from"]'), null);
  const csv = await download(page, '[data-action="export-csv"]');
  assert.equal(csv.name, 'heat-twin-scenario-hourly.csv');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('choosing a cooling technology brings its capture share, loop and EER, and says so', async () => {
  const { page, context, errors, foreign } = await openApp(browser, server.url);
  const value = (f) => page.$eval(`input[type=number][data-field="${f}"]`, (e) => Number(e.value.replace(',', '.')));
  // Brescia: warm-water liquid cooling, 90 % captured, 65 °C, 10 K.
  assert.equal(await value('data_centre.loop_out_c'), 65);
  await page.selectOption('select[data-field="data_centre.cooling"]', 'air');
  await page.waitForSelector('[data-status="cooling-set"]');
  // Air (docs/MODEL.md §2): 60 % captured, loop 27 °C out, 8 K, site EER 4.5.
  await page.waitForFunction(() => document.querySelector('input[type=number][data-field="data_centre.loop_out_c"]').value === '27');
  assert.equal(await value('data_centre.capture_share'), 0.6);
  assert.equal(await value('data_centre.loop_delta_k'), 8);
  const note = await page.textContent('[data-status="cooling-set"]');
  assert.match(note, /Air/);
  assert.match(note, /60 %/);
  assert.match(note, /27 °C/);
  assert.match(note, /4\.5/);
  // The user can then edit them.
  await setInput(page, 'input[type=number][data-field="data_centre.loop_out_c"]', '30');
  await page.waitForTimeout(100);
  assert.equal(await value('data_centre.loop_out_c'), 30);
  assert.equal(await value('data_centre.capture_share'), 0.6);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
