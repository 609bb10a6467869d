// `npm run release:status`: the deployment as a table a person reads at a glance.

const COLUMNS = ["Traffic", "Role", "Version", "Created", "Tag", "Message"];

function table(rows) {
  const widths = COLUMNS.map((name, i) => Math.max(name.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(COLUMNS), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export function formatStatus({ state, waiting, wantedTag, recordedTag, pending, messageOf, tagOf }) {
  const row = (traffic, role, version) => [
    traffic,
    role,
    version.id,
    (version.metadata?.created_on ?? "").replace(/\.\d+Z$/, "Z"),
    tagOf(version) || "-",
    messageOf(version) || "-",
  ];
  const rows = state.sides.map((side) =>
    row(`${side.percentage}%`, side === state.canary ? "canary" : "stable", side.version),
  );
  for (const version of waiting) rows.push(row("0%", "uploaded", version));
  const phase = state.canary
    ? `Canary in progress: ${state.canary.percentage}% of requests run the canary.`
    : "One version serves all traffic.";
  const migrations =
    recordedTag === wantedTag
      ? `Durable Object migrations: ${wantedTag} (wrangler.toml and the stable version agree).`
      : `Durable Object migrations: wrangler.toml has ${wantedTag}, the stable version records ${recordedTag ?? "none"}: the next release needs \`npm run deploy\`.`;
  const d1 =
    pending.length > 0
      ? `D1 migrations pending remotely: ${pending.join(", ")} (\`npm run deploy\` applies them).`
      : "D1 migrations pending remotely: none.";
  return ["", table(rows), "", phase, migrations, d1].join("\n");
}
