/** Which methods a path accepts, from the app's route table; lets unknown methods get 405 instead of 404. */

export interface RouteEntry {
  method: string;
  path: string;
}

const patternCache = new Map<string, RegExp>();

function toRegExp(path: string): RegExp {
  let re = patternCache.get(path);
  if (!re) {
    const source = path
      .split("/")
      .map((part) => {
        if (part === "*") return ".*";
        if (part.startsWith(":")) return "[^/]+";
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    re = new RegExp(`^${source}/?$`);
    patternCache.set(path, re);
  }
  return re;
}

export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === "ALL" || route.path.endsWith("*")) continue;
    if (toRegExp(route.path).test(path)) methods.add(route.method);
  }
  return [...methods].sort();
}
