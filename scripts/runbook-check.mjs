// `npm run runbook:check [-- --file <markdown>] [--only local,static,fake-wrangler,env]`
//
// Keeps docs/RUNBOOK.md from rotting: every ```bash block must be preceded by a comment saying how
// it is verified, and is then verified that way:
//
//   <!-- check: local [exit=0,3] -->   run as is (bash -euo pipefail) against the local stack, with
//                                      BASE, LOG_TOKEN and SID exported, in document order
//   <!-- check: fake-wrangler scenario=<s> -->  run with the release scripts pointed at the fake
//                                      wrangler (test/support/fake-wrangler.mjs) in scenario <s>
//   <!-- check: static -->             needs Cloudflare: `npm run X` names a script (and its flags
//                                      exist in that script's source); `wrangler ...` resolves to a
//                                      real wrangler command (its offline --help), with no extra
//                                      words, only flags it knows, and --remote wherever the command
//                                      also has --local (production commands must say so)
//   <!-- check: env -->                only `export NAME=...`: exactly the variables local blocks get
//
// An unclassified bash block, an `sh`/`shell` fence, or a check comment with no block fails. Prints
// one line per block and a summary; exits 1 on any failure, 64 on a usage error.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs, stripVTControlCharacters } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "node_modules", ".bin");
const WRANGLER = join(BIN, "wrangler");
const LOCAL_TOKEN = "bench-token"; // scripts/local-stack.mjs gives the stack this admin token
const LOCAL_VARS = ["BASE", "LOG_TOKEN", "SID"];
const BLOCK_TIMEOUT_MS = 45_000;
const HELP_TIMEOUT_MS = 30_000;
const KINDS = ["local", "fake-wrangler", "static", "env"];
const SCENARIOS = ["fresh", "stable", "uploaded", "split"];
const REFUSED_FENCES = new Set(["sh", "shell", "zsh", "console", "shell-session", "bash-session"]);

// ---------------------------------------------------------------------------------------------
// Markdown: fenced blocks and their check comments

/**
 * @typedef {{ line: number, lang: string, code: string, kind: string | null,
 *   options: Record<string, string>, problem: string | null }} Block
 */

/** Every fenced block with the check comment on the closest non-blank line above it. */
export function parseRunbook(markdown) {
  const lines = markdown.split("\n");
  /** @type {Block[]} */
  const blocks = [];
  const problems = [];
  let pending = null; // { line, kind, options, problem }
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const comment = /^\s*<!--\s*check:\s*(.*?)\s*-->\s*$/.exec(text);
    if (comment) {
      if (pending) problems.push(`line ${pending.line}: check comment not followed by a bash block`);
      pending = { line: i + 1, ...parseCheckComment(comment[1]) };
      continue;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(text);
    if (fence) {
      const [, indent, marker, lang] = fence;
      const body = [];
      let j = i + 1;
      const close = new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
      while (j < lines.length && !close.test(lines[j])) {
        body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
        j++;
      }
      const language = lang.toLowerCase();
      if (language === "bash") {
        blocks.push({
          line: i + 1,
          lang: language,
          code: body.join("\n"),
          kind: pending?.kind ?? null,
          options: pending?.options ?? {},
          problem: pending ? pending.problem : "no <!-- check: ... --> comment right above it",
        });
        pending = null;
      } else {
        if (REFUSED_FENCES.has(language))
          problems.push(`line ${i + 1}: a \`${language}\` block escapes the check: fence it as bash`);
        if (pending) problems.push(`line ${pending.line}: check comment not followed by a bash block`);
        pending = null;
      }
      i = j;
      continue;
    }
    if (pending && text.trim() !== "") {
      problems.push(`line ${pending.line}: check comment not followed by a bash block`);
      pending = null;
    }
  }
  if (pending) problems.push(`line ${pending.line}: check comment not followed by a bash block`);
  return { blocks, problems };
}

function parseCheckComment(body) {
  const [kind, ...rest] = body.split(/\s+/).filter(Boolean);
  const options = {};
  for (const word of rest) {
    const m = /^([a-z-]+)=(\S+)$/.exec(word);
    if (!m) return { kind, options, problem: `unreadable check option "${word}"` };
    options[m[1]] = m[2];
  }
  if (!KINDS.includes(kind)) return { kind, options, problem: `unknown check kind "${kind}"` };
  if (kind === "fake-wrangler" && !SCENARIOS.includes(options.scenario ?? ""))
    return { kind, options, problem: `fake-wrangler needs scenario=${SCENARIOS.join("|")}` };
  if (options.exit !== undefined && !/^\d+(,\d+)*$/.test(options.exit))
    return { kind, options, problem: `exit=${options.exit}: use exit codes like exit=0,3` };
  const known = { local: ["exit"], "fake-wrangler": ["scenario", "exit"], static: [], env: [] }[kind];
  const unknown = Object.keys(options).filter((name) => !known.includes(name));
  if (unknown.length) return { kind, options, problem: `option ${unknown[0]} does not apply to ${kind}` };
  return { kind, options, problem: null };
}

// ---------------------------------------------------------------------------------------------
// Shell text, split into simple commands (enough for a runbook: quotes, escapes, continuations)

/** Commands of a block as word lists; quotes removed, variables left as written. */
export function shellCommands(code) {
  const commands = [];
  let words = [];
  let word = null;
  const endWord = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  const endCommand = () => {
    endWord();
    if (words.length) commands.push(words);
    words = [];
  };
  const text = code.replace(/\\\n/g, " ");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      word = (word ?? "") + text.slice(i + 1, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (ch === '"') {
      let j = i + 1;
      let value = "";
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\\" && j + 1 < text.length) j++;
        value += text[j++];
      }
      word = (word ?? "") + value;
      i = j;
    } else if (ch === "\\" && i + 1 < text.length) {
      word = (word ?? "") + text[++i];
    } else if (ch === "#" && word === null) {
      while (i < text.length && text[i] !== "\n") i++;
      endCommand();
    } else if (ch === "\n" || ch === ";" || ch === "|" || ch === "&") {
      endCommand();
    } else if (ch === " " || ch === "\t") {
      endWord();
    } else {
      word = (word ?? "") + ch;
    }
  }
  endCommand();
  return commands;
}

// ---------------------------------------------------------------------------------------------
// Static checks: npm scripts and wrangler commands

const packageJson = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

/** Source of an npm script's node entry file and of the local modules it imports, recursively. */
function scriptSources(scriptName) {
  const command = packageJson.scripts?.[scriptName] ?? "";
  const entry = /\bnode\s+(\S+\.m?js)\b/.exec(command)?.[1];
  if (!entry) return null;
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    const source = readFileSync(file, "utf8");
    seen.set(file, source);
    for (const m of source.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), m[1]));
    }
  };
  const file = join(ROOT, entry);
  if (!existsSync(file)) return { missing: entry };
  visit(file);
  return { text: [...seen.values()].join("\n") };
}

function checkNpm(words) {
  if (words[1] !== "run" || !words[2]) return `"${words.join(" ")}": only \`npm run <script>\` is allowed`;
  const name = words[2];
  if (!packageJson.scripts?.[name]) return `npm run ${name}: no such script in package.json`;
  const sep = words.indexOf("--");
  const args = sep < 0 ? words.slice(3) : words.slice(sep + 1);
  if (sep < 0 && args.length) return `npm run ${name} ${args.join(" ")}: arguments need \`--\` before them`;
  if (!args.length) return null;
  const sources = scriptSources(name);
  if (sources === null) return null; // not a node script: nothing more to look into
  if ("missing" in sources) return `npm run ${name}: ${sources.missing} does not exist (yet)`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith("--")) {
      const flag = arg.split("=")[0];
      if (
        !sources.text.includes(`"${flag}"`) &&
        !sources.text.includes(`'${flag}'`) &&
        !new RegExp(`["'\`\\s]${flag.slice(2)}["'\`:]`).test(sources.text)
      )
        return `npm run ${name}: flag ${flag} is not in the script's source`;
    } else if (!(i > 0 && args[i - 1].startsWith("--")) && !/^(\d+|<.*>|\$.*)$/.test(arg)) {
      if (!sources.text.includes(`"${arg}"`) && !sources.text.includes(`'${arg}'`))
        return `npm run ${name}: argument "${arg}" is not in the script's source`;
    }
  }
  return null;
}

function wranglerVersion() {
  return JSON.parse(readFileSync(join(ROOT, "node_modules", "wrangler", "package.json"), "utf8")).version;
}

/** `wrangler <words> --help`, cached in memory and on disk per wrangler version (offline, ~1 s each). */
class WranglerHelp {
  constructor() {
    this.file = join(tmpdir(), `sti-runbook-check-wrangler-${wranglerVersion()}.json`);
    try {
      this.cache = JSON.parse(readFileSync(this.file, "utf8"));
    } catch {
      this.cache = {};
    }
    this.pending = new Map();
  }

  get(words) {
    const key = words.join(" ");
    if (this.cache[key]) return Promise.resolve(this.cache[key]);
    if (!this.pending.has(key)) {
      this.pending.set(
        key,
        new Promise((done) => {
          const child = spawn(WRANGLER, [...words, "--help"], {
            cwd: ROOT,
            env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
            stdio: ["ignore", "pipe", "pipe"],
            timeout: HELP_TIMEOUT_MS,
          });
          let out = "";
          child.stdout.on("data", (d) => (out += d));
          child.stderr.on("data", (d) => (out += d));
          child.on("close", (code) => {
            const result = { code, text: stripVTControlCharacters(out) };
            if (code === 0) this.cache[key] = result;
            done(result);
          });
        }),
      );
    }
    return this.pending.get(key);
  }

  save() {
    try {
      writeFileSync(this.file, JSON.stringify(this.cache));
    } catch {
      // a cache only
    }
  }
}

/** Usage line, positional slots, subcommands and flags from a help text. */
function readHelp(text) {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const usage = (lines[0] ?? "").trim();
  const usageWords = usage.split(/\s+/);
  const path = [];
  const slots = [];
  for (const w of usageWords.slice(1)) {
    if (/^[<[]/.test(w)) slots.push({ required: w.startsWith("<"), variadic: w.includes("..") });
    else if (slots.length === 0) path.push(w);
  }
  const hasCommands = /^COMMANDS\s*$/m.test(text);
  const flags = new Map();
  for (const m of text.matchAll(/^\s+((?:-{1,2}[\w-]+,?\s)+?)\s+.*?(?:\[(\w+)[\]:])?\s*$/gm)) {
    const names = m[1].split(/[,\s]+/).filter((n) => n.startsWith("-"));
    const type = /\[boolean\]/.test(m[0]) ? "boolean" : "value";
    for (const n of names) flags.set(n, type);
  }
  // A flag whose type sits on a continuation line is not marked boolean, so it takes a value.
  return { usage, path, slots, hasCommands, flags };
}

async function checkWrangler(words, help) {
  const rest = words.slice(1);
  const lead = [];
  for (const w of rest) {
    if (w.startsWith("-")) break;
    lead.push(w);
  }
  if (!lead.length) return `"${words.join(" ")}": no wrangler command`;
  const answer = await help.get(lead);
  if (answer.code !== 0)
    return `wrangler ${lead.join(" ")}: not a wrangler command (--help exit ${answer.code})`;
  const info = readHelp(answer.text);
  if (!info.usage.startsWith("wrangler ") || info.path.length === 0)
    return `wrangler ${lead.join(" ")}: unreadable help ("${info.usage}")`;
  const commandWords = info.path;
  const given = lead.slice(0, commandWords.length);
  if (given.join(" ") !== commandWords.join(" "))
    return `wrangler ${lead.join(" ")}: wrangler knows "${info.usage}", not this command`;
  if (info.hasCommands)
    return `wrangler ${lead.join(" ")}: "wrangler ${commandWords.join(" ")}" is a group; "${lead
      .slice(commandWords.length)
      .join(" ")}" is none of its commands`;
  const positionals = [];
  for (let i = commandWords.length; i < rest.length; i++) {
    const w = rest[i];
    if (w === "--") return `wrangler ${commandWords.join(" ")}: unexpected --`;
    if (w.startsWith("-")) {
      const [name, inline] = w.split(/=(.*)/s);
      const type = info.flags.get(name);
      if (!type) return `wrangler ${commandWords.join(" ")}: unknown flag ${name}`;
      if (type === "value" && inline === undefined) {
        if (i + 1 >= rest.length) return `wrangler ${commandWords.join(" ")}: ${name} needs a value`;
        i++;
      }
    } else positionals.push(w);
  }
  const required = info.slots.filter((s) => s.required).length;
  const variadic = info.slots.some((s) => s.variadic);
  if (positionals.length < required)
    return `wrangler ${commandWords.join(" ")}: ${required} argument(s) required, ${positionals.length} given (${info.usage})`;
  if (!variadic && positionals.length > info.slots.length)
    return `wrangler ${commandWords.join(" ")}: extra argument(s) ${positionals
      .slice(info.slots.length)
      .join(" ")} (${info.usage})`;
  if (
    info.flags.has("--local") &&
    info.flags.has("--remote") &&
    !rest.includes("--remote") &&
    !rest.includes("--local")
  )
    return `wrangler ${commandWords.join(" ")}: say --remote (without it wrangler may use local storage)`;
  return null;
}

async function checkStatic(block, help) {
  const commands = shellCommands(block.code);
  if (!commands.length) return ["empty block"];
  const errors = [];
  await Promise.all(
    commands.map(async (words) => {
      let w = words;
      while (w.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[0])) w = w.slice(1);
      if (w[0] === "npx") w = w.slice(1);
      let error;
      if (w[0] === "wrangler") error = await checkWrangler(w, help);
      else if (w[0] === "npm") error = checkNpm(w);
      else error = `"${words.join(" ")}": static blocks hold wrangler and npm run commands only`;
      if (error) errors.push(error);
    }),
  );
  return errors;
}

function checkEnv(block) {
  const names = [];
  for (const line of block.code.split("\n")) {
    const text = line.replace(/\s+#.*$/, "").trim();
    if (!text || text.startsWith("#")) continue;
    if (!text.startsWith("export ")) return [`"${text}": env blocks hold only export lines`];
    for (const m of text.matchAll(/(?:^export\s+|\s)([A-Za-z_][A-Za-z0-9_]*)=/g)) names.push(m[1]);
  }
  const want = [...LOCAL_VARS].sort().join(",");
  const got = [...new Set(names)].sort().join(",");
  return got === want ? [] : [`exports ${got || "nothing"}; local blocks get exactly ${want}`];
}

// ---------------------------------------------------------------------------------------------
// Running blocks

function runBash(code, { env, cwd, timeoutMs = BLOCK_TIMEOUT_MS }) {
  return new Promise((done) => {
    const child = spawn("bash", ["-euo", "pipefail", "-c", code], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code: timedOut ? null : code, signal, timedOut, output });
    });
  });
}

function expectedExits(block) {
  return (block.options.exit ?? "0").split(",").map(Number);
}

const tail = (text, n = 15) => text.trimEnd().split("\n").slice(-n).join("\n");

function outcome(result, block, timeoutMs) {
  if (result.timedOut) return [`timed out after ${timeoutMs / 1000} s\n${tail(result.output)}`];
  if (!expectedExits(block).includes(result.code))
    return [
      `exit ${result.code ?? result.signal} (expected ${expectedExits(block).join(" or ")})\n${tail(result.output)}`,
    ];
  return [];
}

function baseEnv(extra) {
  return {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH ?? ""}`,
    NO_COLOR: "1",
    WRANGLER_SEND_METRICS: "false",
    ...extra,
  };
}

/** A conversation for SID, as a person would leave it: consent, then name, device and problem. */
async function seedSession(url, sid) {
  const post = async (path, body) => {
    const res = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  await post("/api/greeting", { sessionId: sid });
  await post("/api/chat", { sessionId: sid, action: "consent:yes" });
  await post("/api/chat", { sessionId: sid, message: "soy Ana, mi notebook no prende" });
}

async function startLocalStack() {
  const previous = process.cwd();
  process.chdir(ROOT); // local-stack.mjs works with paths relative to the project
  try {
    const { buildWorker, startWorker } = await import(
      pathToFileURL(join(ROOT, "scripts", "local-stack.mjs")).href
    );
    const script = buildWorker();
    return await startWorker(script, {}, { quiet: true });
  } finally {
    process.chdir(previous);
  }
}

async function loadFakeWrangler() {
  const file = join(ROOT, "test", "support", "fake-wrangler.mjs");
  if (!existsSync(file)) return { error: "test/support/fake-wrangler.mjs does not exist (yet)" };
  const module = await import(pathToFileURL(file).href);
  if (typeof module.createFakeWrangler !== "function")
    return { error: "test/support/fake-wrangler.mjs exports no createFakeWrangler" };
  return { createFakeWrangler: module.createFakeWrangler };
}

// ---------------------------------------------------------------------------------------------

const USAGE = `Usage: npm run runbook:check [-- --file <markdown>] [--only <kinds>] [--verbose]

  --file <path>   the runbook to check (default docs/RUNBOOK.md)
  --only <kinds>  comma-separated kinds to verify (${KINDS.join(", ")}); the others are listed as skipped
  --verbose       print each block's output`;

async function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        file: { type: "string", default: join(ROOT, "docs", "RUNBOOK.md") },
        only: { type: "string" },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    console.error(`runbook:check: ${error.message}\n\n${USAGE}`);
    return 64;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const only = values.only ? values.only.split(",") : KINDS;
  if (only.some((k) => !KINDS.includes(k))) {
    console.error(`runbook:check: --only takes ${KINDS.join(", ")}\n\n${USAGE}`);
    return 64;
  }
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), values.file);
  const shown = file.startsWith(ROOT) ? relative(ROOT, file) : file;
  const { blocks, problems } = parseRunbook(readFileSync(file, "utf8"));
  const results = []; // { block, status: "pass"|"fail"|"skip", errors }
  const record = (block, errors, skipped = false) => {
    const status = skipped ? "skip" : errors.length ? "fail" : "pass";
    results.push({ block, status, errors });
    const label = `${shown}:${block.line}`.padEnd(22);
    const kind = (block.kind ?? "unclassified").padEnd(14);
    const first = block.code.split("\n").find((l) => l.trim() && !l.trim().startsWith("#")) ?? "";
    console.log(`${status.toUpperCase().padEnd(4)}  ${label} ${kind} ${first.trim().slice(0, 70)}`);
    for (const e of errors) console.log(`      ${e.replaceAll("\n", "\n      ")}`);
  };

  const skip = (list) => {
    for (const b of list) record(b, [], true);
  };

  for (const p of problems) console.log(`FAIL  ${shown}: ${p}`);
  const runnable = blocks.filter((b) => !b.problem);
  for (const b of blocks.filter((b) => b.problem)) record(b, [b.problem]);

  // Static and env blocks first (no stack needed), wrangler help two at a time at most.
  const help = new WranglerHelp();
  const staticBlocks = runnable.filter((b) => b.kind === "static");
  if (only.includes("static")) {
    const queue = [...staticBlocks];
    const done = new Map();
    const worker = async () => {
      while (queue.length) {
        const b = queue.shift();
        done.set(b, await checkStatic(b, help));
      }
    };
    await Promise.all([worker(), worker()]);
    for (const b of staticBlocks) record(b, done.get(b));
    help.save();
  } else skip(staticBlocks);
  for (const b of runnable.filter((b) => b.kind === "env")) record(b, checkEnv(b), !only.includes("env"));

  // Release scripts against the fake wrangler, one fresh fake per block.
  const fakeBlocks = runnable.filter((b) => b.kind === "fake-wrangler");
  if (fakeBlocks.length && only.includes("fake-wrangler")) {
    const fake = await loadFakeWrangler();
    for (const b of fakeBlocks) {
      if ("error" in fake) {
        record(b, [`cannot verify: ${fake.error}`]);
        continue;
      }
      const instance = await fake.createFakeWrangler(b.options.scenario, {});
      try {
        const result = await runBash(b.code, { env: baseEnv(instance.env), cwd: ROOT });
        const errors = outcome(result, b, BLOCK_TIMEOUT_MS);
        const calls = await instance.calls();
        if (!errors.length && (!Array.isArray(calls) || calls.length === 0))
          errors.push(`the block never called wrangler (through WRANGLER_BIN)\n${tail(result.output)}`);
        if (values.verbose) console.log(result.output);
        record(b, errors);
      } finally {
        await instance.cleanup?.();
      }
    }
  } else skip(fakeBlocks);

  // Local blocks, in document order, against one stack with fresh storage.
  const localBlocks = runnable.filter((b) => b.kind === "local");
  if (localBlocks.length && only.includes("local")) {
    const scratch = mkdtempSync(join(tmpdir(), "runbook-check-"));
    let stack;
    try {
      stack = await startLocalStack();
      const sid = `runbook${Math.random().toString(36).slice(2, 10)}`;
      await seedSession(stack.url, sid);
      const env = baseEnv({ BASE: stack.url, LOG_TOKEN: LOCAL_TOKEN, SID: sid, TMPDIR: scratch });
      for (const b of localBlocks) {
        const result = await runBash(b.code, { env, cwd: ROOT });
        if (values.verbose) console.log(result.output);
        record(b, outcome(result, b, BLOCK_TIMEOUT_MS));
      }
    } catch (error) {
      for (const b of localBlocks.filter((b) => !results.some((r) => r.block === b)))
        record(b, [`local stack: ${error instanceof Error ? error.message : error}`]);
    } finally {
      await stack?.mf.dispose();
      rmSync(scratch, { recursive: true, force: true });
    }
  } else skip(localBlocks);

  const count = (kind, status) =>
    results.filter((r) => (r.block.kind ?? "unclassified") === kind && r.status === status).length;
  console.log(`\n${shown}: ${blocks.length} bash blocks`);
  for (const kind of [...KINDS, "unclassified"]) {
    const total = results.filter((r) => (r.block.kind ?? "unclassified") === kind).length;
    if (!total) continue;
    const parts = [`${count(kind, "pass")} passed`, `${count(kind, "fail")} failed`];
    if (count(kind, "skip")) parts.push(`${count(kind, "skip")} skipped`);
    console.log(`  ${kind.padEnd(14)} ${String(total).padStart(3)}: ${parts.join(", ")}`);
  }
  if (problems.length) console.log(`  other problems: ${problems.length}`);
  const failed = results.filter((r) => r.status === "fail").length + problems.length;
  console.log(failed ? `FAILED: ${failed} problem(s)` : "OK");
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
