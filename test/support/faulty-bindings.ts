import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { wireSession } from "../../durable-objects/chat-session/wiring";

/**
 * Fault injection by wrapping Miniflare's real bindings: R2 (`BUCKET`), D1 (`DB`) and KV (`FLAGS`)
 * calls either pass through to the real binding or, while the plan says so, fail (`error`: the
 * call rejects) or never settle (`hang`). The plan is read at each call, so a test can break a
 * binding, run the product, and heal it again (`delete plan.r2`).
 */
export type Fault = "error" | "hang";
export type BindingName = "r2" | "d1" | "kv";

export interface FaultPlan {
  r2?: Fault;
  d1?: Fault;
  kv?: Fault;
  /** Every call that was made to a broken binding, as `r2.put`, `d1.run`, `kv.get`. */
  faulted: string[];
}

export const faultPlan = (faults: Partial<Record<BindingName, Fault>> = {}): FaultPlan => ({
  ...faults,
  faulted: [],
});

function injected(plan: FaultPlan, binding: BindingName, call: string): Promise<never> | null {
  const fault = plan[binding];
  if (!fault) return null;
  plan.faulted.push(`${binding}.${call}`);
  return fault === "hang"
    ? new Promise<never>(() => {})
    : Promise.reject(new Error(`injected ${binding} ${call} failure`));
}

/** Every method of `target` that `isCall` names goes through the plan; the rest pass through. */
function wrap<T extends object>(
  target: T,
  binding: BindingName,
  plan: FaultPlan,
  isCall: (name: string) => boolean,
): T {
  return new Proxy(target, {
    get(object, prop) {
      const value = Reflect.get(object, prop, object);
      if (typeof value !== "function") return value;
      const name = String(prop);
      return (...args: unknown[]) => {
        if (isCall(name)) {
          const fault = injected(plan, binding, name);
          if (fault) return fault;
        }
        return value.apply(object, args);
      };
    },
  });
}

const R2_CALLS = new Set([
  "head",
  "get",
  "put",
  "delete",
  "list",
  "createMultipartUpload",
  "resumeMultipartUpload",
]);
const KV_CALLS = new Set(["get", "getWithMetadata", "put", "delete", "list"]);
const STATEMENT_CALLS = new Set(["first", "run", "all", "raw"]);

/** The real statement behind a wrapped one, for `batch`. */
const realStatements = new WeakMap<object, D1PreparedStatement>();

function wrapStatement(statement: D1PreparedStatement, plan: FaultPlan): D1PreparedStatement {
  const wrapped = new Proxy(statement, {
    get(object, prop) {
      const value = Reflect.get(object, prop, object);
      if (typeof value !== "function") return value;
      const name = String(prop);
      return (...args: unknown[]) => {
        if (name === "bind") return wrapStatement(value.apply(object, args) as D1PreparedStatement, plan);
        if (STATEMENT_CALLS.has(name)) {
          const fault = injected(plan, "d1", name);
          if (fault) return fault;
        }
        return value.apply(object, args);
      };
    },
  });
  realStatements.set(wrapped, statement);
  return wrapped;
}

function faultyDatabase(db: D1Database, plan: FaultPlan): D1Database {
  return new Proxy(db, {
    get(object, prop) {
      const value = Reflect.get(object, prop, object);
      if (typeof value !== "function") return value;
      const name = String(prop);
      return (...args: unknown[]) => {
        if (name === "prepare") return wrapStatement(value.apply(object, args) as D1PreparedStatement, plan);
        if (name === "batch") {
          const fault = injected(plan, "d1", "batch");
          if (fault) return fault;
          const statements = (args[0] as D1PreparedStatement[]).map((s) => realStatements.get(s) ?? s);
          return object.batch(statements);
        }
        if (name === "exec") {
          const fault = injected(plan, "d1", "exec");
          if (fault) return fault;
        }
        return value.apply(object, args);
      };
    },
  });
}

/**
 * The test environment with BUCKET, DB and FLAGS wrapped by `plan`, plus `vars` over the
 * configured ones (a short STORAGE_DEADLINE_MS, so that a hang costs a test 200 ms, not 10 s).
 */
export function faultyEnv(plan: FaultPlan, vars: Record<string, string> = {}): Env {
  return {
    ...env,
    ...vars,
    BUCKET: wrap(env.BUCKET, "r2", plan, (name) => R2_CALLS.has(name)),
    DB: faultyDatabase(env.DB, plan),
    FLAGS: wrap(env.FLAGS, "kv", plan, (name) => KV_CALLS.has(name)),
  } as Env;
}

export const SHORT_DEADLINE = { STORAGE_DEADLINE_MS: "200" };

/**
 * Rebuilds a session object's parts (wiring.ts, as its constructor does) on the wrapped bindings:
 * every R2 and D1 call the object makes from now on (tickets, mirror, index row, erasure) goes
 * through `plan`, until the object is evicted or rewired again.
 */
export async function rewireSession(
  stub: DurableObjectStub,
  plan: FaultPlan,
  vars: Record<string, string> = SHORT_DEADLINE,
): Promise<void> {
  await runInDurableObject(stub, (instance, state) => {
    Object.assign(instance, wireSession(state, faultyEnv(plan, vars)));
  });
}
