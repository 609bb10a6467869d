// What `npm run canary:check` prints: a verdict line, who was compared, and one row per criterion.

/** @type {Record<import("./verdict.mjs").Verdict, string>} */
const HEADLINES = {
  promote: "PROMOTE: the canary meets every criterion, with enough traffic",
  hold: "HOLD: not enough to decide; check again later",
  disable_smart_mode:
    "DISABLE SMART MODE: npm run smart-mode -- off --remote, check again, and roll back if errors persist",
  roll_back: "ROLL BACK: the canary fails a rollback criterion (npm run release:rollback)",
};

/** @type {Record<import("./verdict.mjs").Action, string>} */
const ACTION_WORDS = {
  none: "",
  hold: "hold",
  disable_smart_mode: "disable smart mode",
  roll_back: "roll back",
};

/** Table cells stay short; the notes below the table carry a long detail in full. */
const MAX_CELL = 40;
const clip = (text) => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text);

const describe = (pick) => (pick ? `${pick.id} (${pick.inferred ? "inferred" : "given"})` : "none");

/**
 * @param {{ verdict: import("./verdict.mjs").Verdict, exitCode: number,
 *   findings: import("./verdict.mjs").Finding[], notes: string[] }} result
 * @param {{ canary: import("./verdict.mjs").Pick | null, stable: import("./verdict.mjs").Pick | null,
 *   report: { generatedAt: string, last5mFrom: string }, base: string }} context
 */
export function formatText(result, { canary, stable, report, base }) {
  const header = ["criterion", "canary", "stable", "threshold", "result"];
  const rows = result.findings.map((f) => [
    f.criterion,
    clip(f.canary),
    clip(f.stable),
    f.threshold,
    f.result === "fail" ? `FAIL: ${ACTION_WORDS[f.action]}` : f.result,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const notes = [
    ...result.findings.filter((f) => f.note).map((f) => `${f.criterion}: ${f.note}`),
    ...result.notes,
  ];
  return [
    `${HEADLINES[result.verdict]} (exit ${result.exitCode})`,
    "",
    `canary   ${describe(canary)}`,
    `stable   ${describe(stable)}`,
    `window   last5m from ${report.last5mFrom} to ${report.generatedAt}, ${base}`,
    "",
    line(header),
    ...rows.map(line),
    ...(notes.length > 0 ? ["", ...notes.map((n) => `- ${n}`)] : []),
    "",
  ].join("\n");
}

/** One JSON object for pipelines; `verdict` is also the key of the exit code. */
export function formatJson(result, { canary, stable, report, base }) {
  return `${JSON.stringify(
    {
      verdict: result.verdict,
      exitCode: result.exitCode,
      base,
      canary,
      stable,
      last5mFrom: report.last5mFrom,
      generatedAt: report.generatedAt,
      findings: result.findings,
      notes: result.notes,
    },
    null,
    2,
  )}\n`;
}

/** When no verdict can be reached (exit 4). */
export function formatCannotDecide(reason, { json, base }) {
  if (json) {
    return `${JSON.stringify({ verdict: "cannot_decide", exitCode: 4, base, reason }, null, 2)}\n`;
  }
  return `CANNOT DECIDE: ${reason} (exit 4)\n`;
}
