// The built Worker (`.build/worker/index.js`), re-exported beside counting.mjs by bench/turn-floor.mjs.
declare const worker: { fetch(request: Request, env: unknown, ctx: ExecutionContext): Promise<Response> };
export default worker;
export declare const ChatSession: new (ctx: DurableObjectState, env: unknown) => object;
export declare const CircuitBreaker: unknown;
export declare const LogStream: unknown;
export declare const Metrics: unknown;
