// Issue 8's scale figures: a generated portfolio of 1,000 sites on 10 networks (the same as
// crates/model/tests/portfolio.rs `generated`: settimo-milanese presets with overrides), run
//  - natively: `heat-twin-cli portfolio FILE` (release), wall time of the whole command;
//  - in headless Chromium: the page's Web Worker (crates/worker, Request::Portfolio), the time
//    from posting the request to its answer, and the worker's own `elapsed_ms`.
// Prints the medians of RUNS runs. Needs `cargo xtask dist` first.
// Usage: node tests/bench/region.mjs [--runs 5] [--sites 1000]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist, launch, root } from '../e2e/harness.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 5);
const N = arg('--sites', 1000);

function generated(n) {
  const networks = Array.from({ length: 10 }, (_, j) => ({
    id: `n${j}`, name: `Network ${j}`, lat: 45.0 + j * 0.1, lon: 9.0, preset: 'settimo-milanese',
    network: { homes: 1000 + j * 100 },
  }));
  const sites = Array.from({ length: n }, (_, i) => ({
    name: `Site ${i}`, lat: 45.5, lon: 9.2, network: `n${i % 10}`, preset: 'settimo-milanese',
    data_centre: { racks: 10 + i },
  }));
  return { name: 'generated', networks, sites };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const text = JSON.stringify(generated(N));
const file = path.join(os.tmpdir(), `heat-twin-portfolio-${N}.json`);
fs.writeFileSync(file, text);

execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'heat-twin-cli'], { cwd: root, stdio: 'inherit' });
const exe = path.join(root, 'target', 'release', 'heat-twin-cli');
const native = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = process.hrtime.bigint();
  execFileSync(exe, ['portfolio', file], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  native.push(Number(process.hrtime.bigint() - t0) / 1e6);
}

const server = await serveDist();
const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url);
await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 30000 });
const browserRuns = await page.evaluate(async ({ text, runs, presets }) => {
  const worker = new Worker('heat-twin-worker_loader.js');
  await new Promise((resolve) => {
    worker.onmessage = (e) => { if (JSON.parse(e.data).type === 'ready') resolve(); };
  });
  const out = [];
  for (let id = 1; id <= runs; id++) {
    const t0 = performance.now();
    const reply = await new Promise((resolve) => {
      worker.onmessage = (e) => {
        const r = JSON.parse(e.data);
        if (r.type === 'portfolio' || r.type === 'failed') resolve(r);
      };
      worker.postMessage(JSON.stringify({ type: 'portfolio', id, portfolio: text, presets }));
    });
    if (reply.type !== 'portfolio') throw new Error(reply.message);
    out.push({ total: performance.now() - t0, worker: reply.answer.elapsed_ms, sites: reply.answer.sites.length });
  }
  worker.terminate();
  return out;
}, { text, runs: RUNS, presets: [['settimo-milanese', fs.readFileSync(path.join(root, 'scenarios', 'settimo-milanese.json'), 'utf8')]] });
await browser.close();
await server.close();

const f = (x) => x.toFixed(0);
console.log(`region bench: ${N} sites on 10 networks, ${RUNS} runs, load ${os.loadavg()[0].toFixed(1)}`);
console.log(`  native heat-twin-cli portfolio: median ${f(median(native))} ms (${native.map(f).join(', ')})`);
console.log(`  Chromium worker, post to answer: median ${f(median(browserRuns.map((r) => r.total)))} ms (${browserRuns.map((r) => f(r.total)).join(', ')})`);
console.log(`  Chromium worker, its elapsed_ms: median ${f(median(browserRuns.map((r) => r.worker)))} ms`);
