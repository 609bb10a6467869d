// The Worker's own password module (src/lib/staff/password.ts), bundled by esbuild for Node, so
// `npm run staff` and the tests hash and verify exactly as the sign-in route does. Its one
// Workers-only call, `crypto.subtle.timingSafeEqual`, is given Node's constant-time compare.
import { timingSafeEqual } from "node:crypto";
import { join } from "node:path";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..", "..");

/**
 * @typedef {{
 *   hashPassword: (password: string) => Promise<string>,
 *   verifyPassword: (password: string, stored: string | null) => Promise<boolean>,
 *   PASSWORD_MIN_LENGTH: number,
 *   PASSWORD_MAX_LENGTH: number,
 * }} PasswordModule
 */

/** @type {Promise<PasswordModule> | undefined} */
let loaded;

/** @returns {Promise<PasswordModule>} */
export function workerPasswords() {
  if (!("timingSafeEqual" in crypto.subtle)) {
    Object.assign(crypto.subtle, {
      timingSafeEqual: (/** @type {any} */ a, /** @type {any} */ b) =>
        timingSafeEqual(new Uint8Array(a.buffer ?? a), new Uint8Array(b.buffer ?? b)),
    });
  }
  loaded ??= build({
    entryPoints: [join(ROOT, "src", "lib", "staff", "password.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  }).then(
    (out) =>
      import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0]?.text ?? "").toString("base64")}`),
  );
  return loaded;
}
