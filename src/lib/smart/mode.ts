/**
 * Effective smart mode: the KV flag when present, else the var, and always off without an API key.
 * Pure: callers read the flag and the config and pass them in.
 */
export type SmartModeSource = "kv" | "var" | "no_key";

export interface SmartMode {
  enabled: boolean;
  source: SmartModeSource;
}

export function effectiveSmartMode(input: {
  kvValue: string | null;
  varEnabled: boolean;
  hasApiKey: boolean;
}): SmartMode {
  if (!input.hasApiKey) return { enabled: false, source: "no_key" };
  const kv = input.kvValue?.trim().toLowerCase();
  if (kv === "true" || kv === "false") return { enabled: kv === "true", source: "kv" };
  return { enabled: input.varEnabled, source: "var" };
}
