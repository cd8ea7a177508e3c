// In-browser benchmark of the project's life (issue 13: "a 20-year project ≤ 10 ms in the
// browser"), not a pass/fail test: the page's project run (the design year, then each distinct
// year of the IT ramp: docs/model/life.md §4), timed by the app itself (src/perf.rs stage
// "simulation"), over 40 moves of the racks slider; prints medians and p90.
//   cargo xtask dist && node tests/bench/life.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveDist, launch, openApp, setInput, root } from '../e2e/harness.mjs';

const slider = 'input[type=range][data-field="data_centre.racks"]';
const server = await serveDist();
const browser = await launch();

async function measure(label, url) {
  const { page, context } = await openApp(browser, url);
  await page.waitForTimeout(500);
  const r0 = Number(await page.$eval(slider, (e) => e.value));
  await page.evaluate(() => window.wasmBindings.heat_twin_perf_take());
  for (let i = 0; i < 40; i++) {
    await setInput(page, slider, Math.round(r0 * (0.5 + (i % 10) / 20)));
    await page.waitForTimeout(80);
  }
  const stages = JSON.parse(await page.evaluate(() => window.wasmBindings.heat_twin_perf_take()));
  const ms = (stages.simulation ?? []).slice().sort((a, b) => a - b);
  console.log(`${label}: ${ms.length} project runs, median ${ms[ms.length >> 1]?.toFixed(1)} ms, p90 ${ms[Math.floor(ms.length * 0.9)]?.toFixed(1)} ms`);
  await context.close();
}

await measure('Brescia pilot (ramp 0.05, 1)', `${server.url}#p=brescia-pilot`);
await measure('Settimo Milanese (ramp 1)', `${server.url}#p=settimo-milanese`);
const s = JSON.parse(fs.readFileSync(path.join(root, 'scenarios', 'brescia-pilot.json'), 'utf8'));
s.data_centre.ramp = Array.from({ length: 20 }, (_, i) => (i + 1) * 0.05);
s.economics.years = 20;
await measure('Brescia pilot, 20 distinct ramp years', `${server.url}#s=1.${zlib.deflateSync(Buffer.from(JSON.stringify(s))).toString('base64url')}`);
await browser.close();
await server.close();
