// Where the time of a phone drag goes (a profiling aid, not a test): CPU slowed 4×, 375 × 667 px,
// the year chart in view, the racks slider dragged for 120 frames (as tests/bench/speed.mjs does),
// recorded with Chromium's tracing (main-thread self time per trace event: script, style, layout,
// paint…) and its CPU profiler (self time per function, wasm functions by name when the build
// keeps its name section), plus the app's own stage timings (src/perf.rs).
//   HEAT_TWIN_DIST=some/dist node tests/bench/profile.mjs [--rate 4] [--top 40] [--frames 120]
//     [--callers rust_function_name]
// The release wasm has no name section (wasm-opt drops it). For Rust names, copy dist/ without
// its .gz/.br files, run `wasm-bindgen --target web --no-typescript --out-dir COPY --out-name
// <the stem trunk gave the .js> target/wasm32-unknown-unknown/release/heat-twin.wasm`, remove the
// `integrity` attributes from COPY/index.html, and point HEAT_TWIN_DIST at COPY.
import { serveDist, launch } from '../e2e/harness.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const rate = arg('--rate', 4);
const top = arg('--top', 40);
const frames = arg('--frames', 120);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

const server = await serveDist();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, locale: 'en-GB' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(server.url);
  await page.waitForSelector('[data-kpi="heat_delivered_mwh"][data-value]', { timeout: 60000 });
  await page.evaluate(() => document.querySelector('canvas[data-chart]').scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.wasmBindings?.heat_twin_perf_take?.());
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
  await cdp.send('Profiler.start');
  const intervals = await page.evaluate(async (n) => {
    const el = document.querySelector('input[type=range][data-field="data_centre.racks"]');
    const lo = Number(el.min);
    const hi = Number(el.max);
    const stamps = [];
    await new Promise((done) => {
      let i = 0;
      const frame = (t) => {
        stamps.push(t);
        if (i > n) return done();
        el.value = String(Math.round(lo + ((hi - lo) * (i % 60)) / 60));
        el.dispatchEvent(new Event('input', { bubbles: true }));
        i++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await new Promise((r) => setTimeout(r, 300));
    return stamps.slice(1).map((t, i) => t - stamps[i]);
  }, frames);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const stages = JSON.parse((await page.evaluate(() => window.wasmBindings?.heat_twin_perf_take?.())) ?? '{}');
  await context.close();

  // Trace: self time per event name on the renderer's main thread.
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time per event name (children known only once the stack unwinds past them), and the
  // main thread's busy time: wall (dur) and its own CPU time (tdur, which other processes on a
  // loaded machine do not inflate) of the outermost events.
  let total = 0;
  let totalCpu = 0;
  {
    const st = [];
    for (const e of mine) {
      while (st.length && st[st.length - 1].end <= e.ts) st.pop();
      if (!st.length) {
        total += e.dur;
        totalCpu += e.tdur ?? 0;
      }
      st.push({ end: e.ts + e.dur });
    }
  }
  // Second pass to attribute self time (children known only after the stack unwinds).
  const selfTimes = new Map();
  {
    const st = [];
    const flush = (n) => selfTimes.set(n.name, (selfTimes.get(n.name) ?? 0) + n.dur - n.child);
    for (const e of mine) {
      while (st.length && st[st.length - 1].end <= e.ts) flush(st.pop());
      const parent = st[st.length - 1];
      if (parent) parent.child += Math.min(e.dur, parent.end - e.ts);
      st.push({ name: e.name, end: e.ts + e.dur, dur: e.dur, child: 0 });
    }
    while (st.length) flush(st.pop());
  }
  const perInput = (us) => +(us / 1000 / frames).toFixed(3);
  console.log(`frames ${intervals.length}, frame interval median ${median(intervals).toFixed(1)} ms; main-thread busy ${perInput(total)} ms per input (its own CPU time ${perInput(totalCpu)} ms)`);
  console.log('\ntrace self time, ms per input:');
  for (const [k, v] of [...selfTimes].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${perInput(v).toFixed(3).padStart(8)}  ${k}`);

  // CPU profile: self time per function.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
  const fn = new Map();
  for (const [id, us] of dt) {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
  }
  console.log('\ncpu profile self time, ms per input:');
  for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perInput(v).toFixed(3).padStart(8)}  ${k.slice(0, 140)}`);
  // Inclusive time of a few app functions (any frame on the stack whose name matches).
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const [id, us] of dt) {
    const seen = new Set();
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const name = byId.get(p).callFrame.functionName;
      const m = name.match(/heat_twin[a-z_]*::[A-Za-z0-9_:{}]+|plotters[a-z_]*::[A-Za-z0-9_:]+|leptos[a-z_]*::[A-Za-z0-9_:]+|reactive_graph::[A-Za-z0-9_:]+|tachys::[A-Za-z0-9_:]+/);
      if (!m) continue;
      const key = m[0].replace(/::h[0-9a-f]{16}$/, '').split('::').slice(0, m[0].startsWith('heat_twin') ? 6 : 4).join('::');
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + us);
    }
  }
  console.log('\ncpu profile inclusive time by module prefix, ms per input:');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perInput(v).toFixed(3).padStart(8)}  ${k}`);
  // Outermost app frame of each sample (which component's effect or handler the time is spent in).
  const outer = new Map();
  for (const [id, us] of dt) {
    let app = null;
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const name = byId.get(p).callFrame.functionName;
      if (name.startsWith('heat_twin::') || name.startsWith('<heat_twin::')) app = name.replace(/::h[0-9a-f]{16}$/, '');
    }
    const key = app ?? `(not app) ${byId.get(id).callFrame.url ? 'js/wasm' : byId.get(id).callFrame.functionName}`;
    outer.set(key, (outer.get(key) ?? 0) + us);
  }
  console.log('\ncpu profile by outermost app frame, ms per input:');
  for (const [k, v] of [...outer].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perInput(v).toFixed(3).padStart(8)}  ${k.slice(0, 150)}`);
  // Who calls the functions named by --callers (substring): the nearest app frames above them.
  const ci = process.argv.indexOf('--callers');
  if (ci > 0) {
    const want = process.argv[ci + 1];
    const callers = new Map();
    for (const [id, us] of dt) {
      const chain = [];
      for (let p = id; p !== undefined; p = parent.get(p)) chain.push(byId.get(p).callFrame.functionName);
      const at = chain.findIndex((n) => n.includes(want));
      if (at < 0) continue;
      const app = chain.slice(at + 1).filter((n) => n.startsWith('heat_twin')).slice(0, 2).map((n) => n.replace(/::h[0-9a-f]{16}$/, '')).join(' <- ');
      callers.set(app, (callers.get(app) ?? 0) + us);
    }
    console.log(`\ncallers of ${want}, ms per input:`);
    for (const [k, v] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perInput(v).toFixed(3).padStart(8)}  ${k}`);
  }
  console.log('\napp stages (src/perf.rs), median ms and count:');
  for (const [k, v] of Object.entries(stages)) console.log(`  ${k}: ${median(v).toFixed(2)} ms × ${v.length}`);
} finally {
  await browser.close();
  await server.close();
}
