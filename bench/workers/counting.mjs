// The Worker under test, with every binding call counted (bench/turn-floor.mjs): the built bundle's
// own exports, each given proxies of its bindings that count before they delegate. Nothing in the
// Worker changes; `GET /__bench/counts` reads the counters and `POST /__bench/counts` resets them.
// The session objects run in the Worker's isolate, so one set of counters sees both sides.
import worker, { CircuitBreaker, LogStream, Metrics, ChatSession as Session } from "./bundle.mjs";

export { CircuitBreaker, LogStream, Metrics };

const zero = () => ({
  sessionRpcs: 0,
  sessionSql: 0,
  alarmsSet: 0,
  d1Queries: 0,
  /** Rows the statements inserted, changed or deleted (D1's `changes`). */
  d1RowsChanged: 0,
  /** What D1 bills: rows written, each index entry counted too (D1's `rows_written`). */
  d1RowsWritten: 0,
  r2Puts: 0,
  r2Gets: 0,
  r2Other: 0,
  kvReads: 0,
  kvWrites: 0,
  logRpcs: 0,
  metricsRpcs: 0,
  breakerRpcs: 0,
});
let counts = zero();

/** @param {any} target @param {(prop: string | symbol, value: Function) => Function | undefined} wrap */
function proxy(target, wrap) {
  return new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t);
      if (typeof value !== "function") return value;
      return wrap(prop, value) ?? ((...args) => Reflect.apply(value, t, args));
    },
  });
}

/** @param {DurableObjectNamespace} namespace @param {keyof ReturnType<typeof zero>} key */
function countingNamespace(namespace, key) {
  const stub = (/** @type {any} */ s) =>
    proxy(s, (prop, fn) =>
      prop === "then"
        ? undefined
        : (...args) => {
            counts[key] += 1;
            return Reflect.apply(fn, s, args);
          },
    );
  return proxy(namespace, (prop, fn) =>
    prop === "get" || prop === "getByName"
      ? (...args) => stub(Reflect.apply(fn, namespace, args))
      : undefined,
  );
}

const realStatement = new WeakMap();
/** @param {D1Database} db */
function countingD1(db) {
  const written = (/** @type {any} */ result) => {
    counts.d1RowsWritten += result?.meta?.rows_written ?? 0;
    counts.d1RowsChanged += result?.meta?.changes ?? 0;
    return result;
  };
  const statement = (/** @type {D1PreparedStatement} */ s) => {
    const counted = proxy(s, (prop, fn) => {
      if (prop === "bind") return (...args) => statement(Reflect.apply(fn, s, args));
      if (prop === "run" || prop === "all" || prop === "first" || prop === "raw") {
        return async (...args) => {
          counts.d1Queries += 1;
          return written(await Reflect.apply(fn, s, args));
        };
      }
      return undefined;
    });
    realStatement.set(counted, s);
    return counted;
  };
  return proxy(db, (prop, fn) => {
    if (prop === "prepare") return (sql) => statement(Reflect.apply(fn, db, [sql]));
    if (prop === "batch") {
      return async (/** @type {D1PreparedStatement[]} */ statements) => {
        counts.d1Queries += statements.length;
        const results = await Reflect.apply(fn, db, [statements.map((s) => realStatement.get(s) ?? s)]);
        for (const result of results) written(result);
        return results;
      };
    }
    if (prop === "exec") {
      return (...args) => {
        counts.d1Queries += 1;
        return Reflect.apply(fn, db, args);
      };
    }
    return undefined;
  });
}

/** @param {R2Bucket} bucket */
function countingR2(bucket) {
  return proxy(bucket, (prop, fn) => {
    const key = prop === "put" ? "r2Puts" : prop === "get" || prop === "head" ? "r2Gets" : "r2Other";
    return (...args) => {
      counts[key] += 1;
      return Reflect.apply(fn, bucket, args);
    };
  });
}

/** @param {KVNamespace} kv */
function countingKv(kv) {
  return proxy(kv, (prop, fn) =>
    prop === "get" || prop === "getWithMetadata" || prop === "put" || prop === "delete"
      ? (...args) => {
          counts[prop === "put" || prop === "delete" ? "kvWrites" : "kvReads"] += 1;
          return Reflect.apply(fn, kv, args);
        }
      : undefined,
  );
}

/** One proxy per real env, so whatever the Worker caches per env (its settings) works as deployed. */
const envs = new WeakMap();
/** @param {any} env */
function countingEnv(env) {
  let counted = envs.get(env);
  if (!counted) {
    const wrapped = {
      CHAT_SESSION: countingNamespace(env.CHAT_SESSION, "sessionRpcs"),
      LOG_STREAM: countingNamespace(env.LOG_STREAM, "logRpcs"),
      METRICS: countingNamespace(env.METRICS, "metricsRpcs"),
      CIRCUIT_BREAKER: countingNamespace(env.CIRCUIT_BREAKER, "breakerRpcs"),
      DB: countingD1(env.DB),
      BUCKET: countingR2(env.BUCKET),
      FLAGS: countingKv(env.FLAGS),
    };
    counted = new Proxy(env, { get: (t, prop) => (prop in wrapped ? wrapped[prop] : Reflect.get(t, prop)) });
    envs.set(env, counted);
  }
  return counted;
}

/**
 * Counts the object's SQL statements and alarms. The runtime checks the state's type, so its storage
 * is instrumented in place (two methods replaced on this object's own storage), not proxied.
 * @param {DurableObjectState} ctx
 */
function countStorage(ctx) {
  const { storage } = ctx;
  const { sql } = storage;
  const exec = sql.exec;
  sql.exec = /** @type {typeof exec} */ (
    (...args) => {
      counts.sessionSql += 1;
      return Reflect.apply(exec, sql, args);
    }
  );
  const setAlarm = storage.setAlarm;
  storage.setAlarm = (...args) => {
    counts.alarmsSet += 1;
    return Reflect.apply(setAlarm, storage, args);
  };
  return ctx;
}

export class ChatSession extends Session {
  /** @param {DurableObjectState} ctx @param {any} env */
  constructor(ctx, env) {
    super(countStorage(ctx), countingEnv(env));
  }
}

export default {
  /** @param {Request} request @param {any} env @param {ExecutionContext} ctx */
  fetch(request, env, ctx) {
    if (new URL(request.url).pathname === "/__bench/counts") {
      const body = Response.json(counts);
      if (request.method === "POST") counts = zero();
      return body;
    }
    return worker.fetch(request, countingEnv(env), ctx);
  },
};
