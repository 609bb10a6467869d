export function startAccessKeysServer(): Promise<{ url: string; close: () => Promise<void> }>;
