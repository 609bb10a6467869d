#!/usr/bin/env node
// The shop's staff accounts from the command line (the desk manages them once an admin exists):
//
//   npm run staff -- add --email ana@shop.example --name "Ana Gómez" --role admin [--password-stdin]
//   npm run staff -- list
//
// Local development's D1 by default (`npm start`'s); `--remote --env production|staging` for a
// deployed one; `--persist-to <dir>` for another local state directory. Without --password-stdin
// a random password is made and printed once; `--no-password` makes an account that signs in
// through Cloudflare Access only. Every wrangler command is printed before it runs, with the
// password hash elided. The hash is made by the Worker's own code (src/lib/staff/password.ts,
// bundled here by esbuild), so the script and the sign-in can never disagree on the format.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { workerPasswords } from "./staff/password-module.mjs";

const ROOT = join(import.meta.dirname, "..");
const USAGE = `usage: npm run staff -- add --email <email> --name <name> --role admin|technician [--password-stdin | --no-password] [--remote --env production|staging] [--persist-to <dir>]
       npm run staff -- list [--remote --env production|staging] [--persist-to <dir>]`;

class Usage extends Error {}

const sqlString = (value) => `'${String(value).replaceAll("'", "''")}'`;
const quote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`);

function wrangler(args, { shown = args, json = false } = {}) {
  const bin = process.env.WRANGLER_BIN || join(ROOT, "node_modules", ".bin", "wrangler");
  const [command, prefix] = /\.(c|m)?js$/.test(bin) ? [process.execPath, [bin]] : [bin, []];
  console.log(`$ wrangler ${shown.map(quote).join(" ")}`);
  const run = spawnSync(command, [...prefix, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (run.status !== 0) throw new Error(`wrangler failed (exit ${run.status}):\n${run.stderr || run.stdout}`);
  return json ? JSON.parse(run.stdout) : run.stdout;
}

function target(values) {
  if (values.remote && !["production", "staging"].includes(values.env ?? "")) {
    throw new Usage("--remote needs --env production or --env staging");
  }
  if (!values.remote && values.env)
    throw new Usage("--env only with --remote (local development has no environment)");
  return [
    ...(values.remote ? ["--remote", "--env", values.env] : ["--local"]),
    ...(values["persist-to"] ? ["--persist-to", values["persist-to"]] : []),
  ];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function add(values) {
  const email = (values.email ?? "").trim().toLowerCase();
  const name = (values.name ?? "").trim();
  const role = values.role ?? "";
  if (!EMAIL.test(email) || email.length > 254) throw new Usage("--email must be an email address");
  if (!name || name.length > 100) throw new Usage("--name must be 1 to 100 characters");
  if (!["admin", "technician"].includes(role)) throw new Usage("--role must be admin or technician");
  if (values["password-stdin"] && values["no-password"])
    throw new Usage("--password-stdin or --no-password, not both");
  const { hashPassword, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } = await workerPasswords();
  /** @type {string | null} */
  let password = null;
  let generated = false;
  if (values["password-stdin"]) {
    password = readFileSync(0, "utf8").replace(/\r?\n$/, "");
    if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
      throw new Usage(`the password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`);
    }
  } else if (!values["no-password"]) {
    password = randomBytes(15).toString("base64url");
    generated = true;
  }
  const hash = password === null ? null : await hashPassword(password);
  const id = randomBytes(12).toString("base64url");
  const now = Date.now();
  const sql = (shownHash) =>
    "INSERT INTO staff (id, email, name, role, active, password_hash, created_at, updated_at) VALUES " +
    `(${sqlString(id)}, ${sqlString(email)}, ${sqlString(name)}, ${sqlString(role)}, 1, ${shownHash}, ${now}, ${now})`;
  const where = target(values);
  const args = ["d1", "execute", "DB", ...where, "--command", sql(hash === null ? "NULL" : sqlString(hash))];
  const shown = [
    "d1",
    "execute",
    "DB",
    ...where,
    "--command",
    sql(hash === null ? "NULL" : "'<pbkdf2-sha256 hash>'"),
  ];
  try {
    wrangler(args, { shown });
  } catch (error) {
    if (/UNIQUE constraint failed: staff\.email/.test(String(error)))
      throw new Usage(`there is already an account for ${email}`);
    throw error;
  }
  console.log(`added ${role} ${name} <${email}> (id ${id})`);
  if (generated) console.log(`password (shown once; they can change it in the desk): ${password}`);
  if (password === null) console.log("no password: signs in through Cloudflare Access only");
}

function list(values) {
  const sql =
    "SELECT id, email, name, role, active, password_hash IS NOT NULL AS has_password FROM staff ORDER BY active DESC, name";
  const output = wrangler(["d1", "execute", "DB", ...target(values), "--json", "--command", sql], {
    json: true,
  });
  const rows = output[0]?.results ?? [];
  for (const row of rows) {
    const status = row.active ? "active" : "inactive";
    console.log(
      `${row.id}  ${row.role.padEnd(10)} ${status.padEnd(8)} ${row.has_password ? "password" : "access  "}  ${row.name} <${row.email}>`,
    );
  }
  if (rows.length === 0) console.log("no staff accounts yet: npm run staff -- add ...");
}

try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      "password-stdin": { type: "boolean" },
      "no-password": { type: "boolean" },
      remote: { type: "boolean" },
      env: { type: "string" },
      "persist-to": { type: "string" },
    },
  });
  const [command, ...rest] = positionals;
  if (rest.length > 0) throw new Usage(`unexpected ${rest.join(" ")}`);
  if (command === "add") await add(values);
  else if (command === "list") list(values);
  else throw new Usage(command ? `unknown command ${command}` : "name a command");
} catch (error) {
  if (error instanceof Usage || (error instanceof TypeError && "code" in error)) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}
