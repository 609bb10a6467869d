export const KINDS = ["local", "fake-wrangler", "static", "env"];
const SCENARIOS = ["fresh", "stable", "uploaded", "split"];
const REFUSED_FENCES = new Set(["sh", "shell", "zsh", "console", "shell-session", "bash-session"]);

/**
 * @typedef {{ line: number, lang: string, code: string, kind: string | null,
 *   options: Record<string, string>, problem: string | null }} Block
 */

/** @typedef {{ kind: string, options: Record<string, string>, problem: string | null }} CheckComment */

/**
 * Every fenced block with the check comment on the closest non-blank line above it.
 * @param {string} markdown
 * @returns {{ blocks: Block[], problems: string[] }}
 */
export function parseRunbook(markdown) {
  const lines = markdown.split("\n");
  /** @type {Block[]} */
  const blocks = [];
  /** @type {string[]} */
  const problems = [];
  /** @type {(CheckComment & { line: number }) | null} */
  let pending = null;
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
      /** @type {string[]} */
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

/**
 * @param {string} body
 * @returns {CheckComment}
 */
function parseCheckComment(body) {
  const [kind, ...rest] = body.split(/\s+/).filter(Boolean);
  /** @type {Record<string, string>} */
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
  if (options.finds !== undefined && !/^[a-z_]+(,[a-z_]+)*$/.test(options.finds))
    return { kind, options, problem: `finds=${options.finds}: use log events like finds=openai_call_failed` };
  const allowed = { local: ["exit", "finds"], "fake-wrangler": ["scenario", "exit"], static: [], env: [] };
  const known = allowed[kind];
  const unknown = Object.keys(options).filter((name) => !known.includes(name));
  if (unknown.length) return { kind, options, problem: `option ${unknown[0]} does not apply to ${kind}` };
  return { kind, options, problem: null };
}

/**
 * Commands of a block as word lists; quotes removed, variables left as written.
 * @param {string} code
 * @returns {string[][]}
 */
export function shellCommands(code) {
  /** @type {string[][]} */
  const commands = [];
  /** @type {string[]} */
  let words = [];
  /** @type {string | null} */
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
