// `npm run check` holds test/README.md to the tree: scripts/check-test-readme.mjs on small trees.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { checkTestReadme } from "../../scripts/check-test-readme.mjs";

/** @param {Record<string, string>} files paths under test/ and their contents */
function tree(files) {
  const root = mkdtempSync(join(tmpdir(), "readme-check-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, "test", path)), { recursive: true });
    writeFileSync(join(root, "test", path), text);
  }
  return root;
}

const README = `# Tests

## unit/ (pure)

| File | Proves |
| --- | --- |
| \`a.test.ts\` | a |
| \`flow/*.test.ts\` | flows |

## e2e/

| File | Proves |
| --- | --- |
| \`page.test.mjs\` | the page |
`;

test("a README that names every test file, by name or glob, passes", (t) => {
  const root = tree({
    "README.md": README,
    "unit/a.test.ts": "",
    "unit/flow/x.test.ts": "",
    "unit/flow/y.test.ts": "",
    "unit/helper.ts": "",
    "e2e/page.test.mjs": "",
  });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.deepEqual(checkTestReadme(root), []);
});

test("a test file no row names, and a row that names no file, are both reported", (t) => {
  const root = tree({
    "README.md": README,
    "unit/a.test.ts": "",
    "unit/b.test.ts": "",
    "e2e/page.test.mjs": "",
  });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.deepEqual(checkTestReadme(root), [
    "test/README.md:8: `flow/*.test.ts` names no test file",
    "test/unit/b.test.ts: not listed in test/README.md",
  ]);
});

test("a row resolves inside its own section: a same-named file in another folder is not covered", (t) => {
  const root = tree({
    "README.md": README,
    "unit/a.test.ts": "",
    "unit/flow/x.test.ts": "",
    "e2e/page.test.mjs": "",
    "integration/a.test.ts": "",
  });
  t.after(() => rmSync(root, { recursive: true, force: true }));
  assert.deepEqual(checkTestReadme(root), ["test/integration/a.test.ts: not listed in test/README.md"]);
});

test("this repository's test/README.md matches its tree", () => {
  assert.deepEqual(checkTestReadme(join(import.meta.dirname, "..", "..")), []);
});
