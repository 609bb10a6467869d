import { expect, it } from "vitest";
import { call, expectError } from "../../helpers/api";
import { ADMIN_TOKEN } from "./support";

type Attempt = { name: string; query: string; headers: Record<string, string> };

/** `?token=` (right or wrong) is only ever taken by the live stream, which EventSource opens. */
const attempts = (query: string, queryToken: boolean): { refused: Attempt[]; allowed: Attempt[] } => {
  const rightQuery: Attempt = { name: "?token=", query: `${query}&token=${ADMIN_TOKEN}`, headers: {} };
  return {
    refused: [
      { name: "no token", query, headers: {} },
      { name: "wrong bearer", query, headers: { Authorization: "Bearer not-the-token" } },
      { name: "wrong ?token=", query: `${query}&token=${ADMIN_TOKEN}x`, headers: {} },
      ...(queryToken ? [] : [rightQuery]),
    ],
    allowed: [
      { name: "bearer", query, headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } },
      ...(queryToken ? [rightQuery] : []),
    ],
  };
};

it("GET /api/logs (stream and mode=once) and POST /api/logs/level: 401 without the token, allowed with it; ?token= only on the stream", async () => {
  const routes: {
    path: string;
    init: RequestInit;
    queryToken: boolean;
    ok: (res: Response) => Promise<void>;
  }[] = [
    {
      path: "/api/logs?maxMs=1000",
      init: {},
      queryToken: true,
      ok: async (res) => {
        expect(res.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
        await res.body?.cancel();
      },
    },
    {
      path: "/api/logs?mode=once&limit=5",
      init: {},
      queryToken: false,
      ok: async (res) => {
        expect(res.headers.get("Content-Type")).toMatch(/^text\/plain/);
        await res.text();
      },
    },
    {
      path: "/api/logs/level?",
      init: { method: "POST", body: JSON.stringify({ level: "info" }) },
      queryToken: false,
      ok: async (res) => expect(await res.json()).toEqual({ level: "info" }),
    },
  ];
  for (const route of routes) {
    const [path, query] = route.path.split("?") as [string, string];
    const { refused, allowed } = attempts(query, route.queryToken);
    const json: Record<string, string> =
      route.init.method === "POST" ? { "Content-Type": "application/json" } : {};
    for (const attempt of refused) {
      const res = await call(`${path}?${attempt.query}`, {
        ...route.init,
        headers: { ...json, ...attempt.headers },
      });
      const body = await expectError(res, 401, "unauthorized");
      expect(JSON.stringify(body), `${route.path} ${attempt.name}`).not.toContain(ADMIN_TOKEN);
    }
    for (const attempt of allowed) {
      const res = await call(`${path}?${attempt.query}`, {
        ...route.init,
        headers: { ...json, ...attempt.headers },
      });
      expect(res.status, `${route.path} ${attempt.name}`).toBe(200);
      await route.ok(res);
    }
  }
});
