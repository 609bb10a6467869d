// How long does the widget's build take, and how much does our build script add to esbuild's own
// bundling of the same entry? (It bundles three entries, hashes names and writes the assets and the
// `_headers` file.) Baseline: one esbuild bundle of `src/widget/main.ts` with the same target and
// minification, measured in the same run, alternating with the full build in blocks. Bounded rounds.
import { join } from "node:path";
import { build } from "esbuild";
import { buildWidget } from "../scripts/build-widget.mjs";
import { summary } from "./lib.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_BLOCK = 4;
const SOURCE = join("src", "widget");

async function esbuildOnly() {
  await build({
    entryPoints: [join(SOURCE, "main.ts")],
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    tsconfig: join(SOURCE, "tsconfig.json"),
    define: { __WIDGET_CSS__: '"widget.css"' },
    logLevel: "silent",
  });
}

/** @param {() => Promise<unknown>} work @param {number[]} into */
async function timed(work, into) {
  for (let i = 0; i < PER_BLOCK; i++) {
    const started = performance.now();
    await work();
    into.push(performance.now() - started);
  }
}

await buildWidget(); // warm-up: esbuild's service starts and the files are in the page cache
await esbuildOnly();
/** @type {number[]} */
const full = [];
/** @type {number[]} */
const baseline = [];
for (let round = 0; round < ROUNDS; round++) {
  await timed(esbuildOnly, baseline);
  await timed(buildWidget, full);
}
const ours = summary(full);
const base = summary(baseline);
console.log(
  JSON.stringify(
    {
      bench: "widget-build",
      builds: ours.n,
      build_ms: { p50: ours.p50.toFixed(1), p95: ours.p95.toFixed(1) },
      esbuild_main_only_ms: { p50: base.p50.toFixed(1), p95: base.p95.toFixed(1) },
      ratio_p50: (ours.p50 / base.p50).toFixed(2),
    },
    null,
    2,
  ),
);
