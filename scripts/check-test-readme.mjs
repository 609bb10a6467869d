// `npm run check`: test/README.md lists every test file, and every file (or glob) it lists exists.
// Each table row's first cell names a file relative to its section's folder (the heading's first
// word ending in `/`, e.g. "## unit/ (pure logic)") or to test/ itself; `*` matches within a name.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TEST_FILE = /\.test\.(ts|mjs)$/;

/**
 * The problems with `<root>/test/README.md` against `<root>/test`: files no row names, rows that
 * name nothing. Empty when they agree.
 * @param {string} root
 * @returns {string[]}
 */
export function checkTestReadme(root) {
  const testDir = join(root, "test");
  const files = listTests(testDir).map((file) => relative(testDir, file).split(sep).join("/"));
  const rows = readmeRows(readFileSync(join(testDir, "README.md"), "utf8"));
  const covered = new Set();
  const problems = [];
  for (const { section, name, line } of rows) {
    const candidates = section ? [`${section}${name}`, name] : [name];
    const matched = files.filter((file) => candidates.some((candidate) => globMatches(candidate, file)));
    if (matched.length === 0) problems.push(`test/README.md:${line}: \`${name}\` names no test file`);
    for (const file of matched) covered.add(file);
  }
  for (const file of files) {
    if (!covered.has(file)) problems.push(`test/${file}: not listed in test/README.md`);
  }
  return problems;
}

/** @param {string} dir @returns {string[]} */
function listTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : listTests(path);
    return TEST_FILE.test(entry.name) ? [path] : [];
  });
}

/**
 * The first cell of every table row that names a test file, with the folder of its section.
 * @param {string} markdown
 * @returns {{ section: string, name: string, line: number }[]}
 */
export function readmeRows(markdown) {
  let section = "";
  const rows = [];
  for (const [index, text] of markdown.split("\n").entries()) {
    const heading = /^#{2,}\s+(\S+)/.exec(text);
    if (heading) section = heading[1]?.endsWith("/") ? heading[1] : "";
    const cell = /^\|\s*`([^`]+\.test\.(?:ts|mjs))`\s*\|/.exec(text);
    if (cell?.[1]) rows.push({ section, name: cell[1], line: index + 1 });
  }
  return rows;
}

/** @param {string} pattern @param {string} path */
function globMatches(pattern, path) {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]*");
  return new RegExp(`^${source}$`).test(path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkTestReadme(fileURLToPath(new URL("..", import.meta.url)));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log("test/README.md lists every test file");
}
