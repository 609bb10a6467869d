// runbook:check, part 2: blocks that need Cloudflare, checked statically against package.json's scripts
// and the installed wrangler's own --help; and the env block.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { shellCommands } from "./markdown.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WRANGLER = join(ROOT, "node_modules", ".bin", "wrangler");
export const LOCAL_VARS = ["BASE", "LOG_TOKEN", "SID"];
const HELP_TIMEOUT_MS = 30_000;

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
export class WranglerHelp {
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

export async function checkStatic(block, help) {
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

export function checkEnv(block) {
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
