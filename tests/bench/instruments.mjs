// Issue 9's speed targets for the planner's instruments, in headless Chromium, through the page
// (src/instruments/, its Web Worker(s) crates/worker) on the Brescia pilot (the page's opening
// scenario):
//  - goal seek: racks for 5,000 homes (target ≤ 50 ms);
//  - Monte Carlo: 1,000 runs, seed 1, with the tornado (target ≤ 1 s);
//  - design sweep: 40 × 40 cells, racks × utilisation → LCOH (target ≤ 1 s);
//  - dragging the racks slider while a 1,000-run Monte Carlo runs (issue 9: "while they run,
//    dragging a slider still drops no frame"): one `input` event per animation frame from the
//    click until the run is done, as tests/bench/speed.mjs drags; frame intervals (median, p95,
//    frames over 20 ms) and long tasks (> 50 ms), medians over the RUNS runs after a first one.
// Each instrument runs RUNS + 1 times in one page: the first run starts the worker(s) and is
// listed apart ("cold"); the median is over the RUNS runs after it ("warm"). Timed in the page
// from the click to `[data-status="instrument"]` saying done (`wall`), beside the page's
// `data-elapsed-ms` (what the Status line reports). Needs `cargo xtask dist` first.
// Usage: node tests/bench/instruments.mjs [--runs 5]
import os from 'node:os';
import { serveDist, launch, openApp } from '../e2e/harness.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 5);
const STATUS = '[data-status="instrument"]';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Clicks `action` and resolves with the ms until data-state turns done (or failed). */
async function timed(page, action) {
  const got = await page.evaluate(async ({ sel, action }) => {
    const el = document.querySelector(sel);
    const t0 = performance.now();
    const end = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        const s = el.dataset.state;
        if (s === 'done' || s === 'failed') {
          obs.disconnect();
          resolve(s);
        }
      });
      obs.observe(el, { attributes: true, attributeFilter: ['data-state'] });
    });
    document.querySelector(`[data-action="${action}"]`).click();
    const state = await end;
    return { state, wall: performance.now() - t0, elapsed: Number(el.dataset.elapsedMs) };
  }, { sel: STATUS, action });
  if (got.state !== 'done') throw new Error(`${action}: ${await page.textContent(STATUS)}`);
  return got;
}

async function series(page, action) {
  const out = [];
  for (let r = 0; r <= RUNS; r++) out.push(await timed(page, action));
  return out;
}

const server = await serveDist();
const browser = await launch();
const results = {};

{
  const { page, context } = await openApp(browser, server.url);
  await page.$eval('details[data-group="instruments"]', (d) => { d.open = true; });
  await page.selectOption('select[data-input="seek-input"]', 'data_centre.racks');
  await page.selectOption('select[data-input="seek-kpi"]', 'homes_equivalent');
  await page.fill('input[data-input="seek-target"]', '5000');
  results['goal seek racks → 5,000 homes'] = await series(page, 'seek-run');
  await context.close();
}
{
  const { page, context } = await openApp(browser, server.url);
  await page.$eval('details[data-group="instruments"]', (d) => { d.open = true; });
  await page.fill('input[data-input="mc-runs"]', '1000');
  await page.fill('input[data-input="mc-seed"]', '1');
  results['Monte Carlo 1,000 runs + tornado'] = await series(page, 'uncertainty-run');
  await context.close();
}
{
  const { page, context } = await openApp(browser, server.url);
  await page.$eval('details[data-group="instruments"]', (d) => { d.open = true; });
  await page.selectOption('select[data-input="sweep-a"]', 'data_centre.racks');
  await page.fill('input[data-input="sweep-a-from"]', '100');
  await page.fill('input[data-input="sweep-a-to"]', '1000');
  await page.fill('input[data-input="sweep-a-steps"]', '40');
  await page.check('input[data-input="sweep-two"]');
  await page.selectOption('select[data-input="sweep-b"]', 'data_centre.utilisation');
  await page.fill('input[data-input="sweep-b-from"]', '0.3');
  await page.fill('input[data-input="sweep-b-to"]', '1');
  await page.fill('input[data-input="sweep-b-steps"]', '40');
  await page.selectOption('select[data-input="sweep-kpi"]', 'lcoh_eur_per_mwh');
  results['sweep 40 × 40 → LCOH'] = await series(page, 'sweep-run');
  await context.close();
}
const dragDuringMc = [];
{
  const { page, context } = await openApp(browser, server.url);
  await page.$eval('details[data-group="instruments"]', (d) => { d.open = true; });
  await page.fill('input[data-input="mc-runs"]', '1000');
  await page.fill('input[data-input="mc-seed"]', '1');
  await timed(page, 'uncertainty-run'); // starts the workers
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  for (let r = 0; r < RUNS; r++) {
    dragDuringMc.push(await page.evaluate(async ({ sel }) => {
      const status = document.querySelector(sel);
      const slider = document.querySelector('input[type=range][data-field="data_centre.racks"]');
      const r0 = Number(slider.value);
      window.__long.length = 0;
      const frames = [];
      let inputs = 0;
      let done = false;
      const end = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (status.dataset.state === 'done' || status.dataset.state === 'failed') {
            obs.disconnect();
            done = true;
            resolve(status.dataset.state);
          }
        });
        obs.observe(status, { attributes: true, attributeFilter: ['data-state'] });
      });
      const t0 = performance.now();
      document.querySelector('[data-action="uncertainty-run"]').click();
      await new Promise((resolve) => {
        let last = performance.now();
        const tick = (t) => {
          frames.push(t - last);
          last = t;
          if (done) return resolve();
          slider.value = String(Math.round(r0 * (0.6 + 0.4 * ((inputs % 20) / 20))));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          inputs += 1;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const state = await end;
      const wall = performance.now() - t0;
      const sorted = frames.slice(1).sort((a, b) => a - b);
      return {
        state,
        wall,
        inputs,
        frames: sorted.length,
        p50: sorted[Math.floor((sorted.length - 1) / 2)],
        p95: sorted[Math.round((sorted.length - 1) * 0.95)],
        over20: sorted.filter((x) => x > 20).length,
        long: window.__long.length,
        longMax: Math.max(0, ...window.__long),
      };
    }, { sel: STATUS }));
  }
  await context.close();
}
const cores = await (async () => {
  const { page, context } = await openApp(browser, server.url);
  const n = await page.evaluate(() => navigator.hardwareConcurrency);
  await context.close();
  return n;
})();
await browser.close();
await server.close();

const f = (x) => x.toFixed(0);
console.log(`instruments bench (Brescia pilot), Chromium with hardwareConcurrency ${cores}, ${RUNS} warm runs each, load ${os.loadavg()[0].toFixed(1)}`);
for (const [name, runs] of Object.entries(results)) {
  const [cold, ...warm] = runs;
  console.log(`  ${name}: warm median ${f(median(warm.map((r) => r.wall)))} ms click to done (${warm.map((r) => f(r.wall)).join(', ')}); ` +
    `data-elapsed-ms median ${f(median(warm.map((r) => r.elapsed)))}; cold first run ${f(cold.wall)} ms`);
}
if (dragDuringMc.length) {
  const m = (k) => median(dragDuringMc.map((r) => r[k]));
  console.log(`  racks slider dragged during a 1,000-run Monte Carlo: frame interval median ${m('p50').toFixed(1)} ms, ` +
    `p95 ${m('p95').toFixed(1)} ms, frames over 20 ms ${m('over20')} of ${m('frames')}, long tasks ${m('long')} (longest ${m('longMax').toFixed(0)} ms), ` +
    `${m('inputs')} inputs, run ${f(m('wall'))} ms (medians of ${dragDuringMc.length}; states ${dragDuringMc.map((r) => r.state).join(', ')})`);
}
