export interface Flag {
  key: string;
  description: string;
  enabled: boolean;
}

export async function listFlags(env: string): Promise<Flag[]> {
  console.debug('listing flags for', env);
  const res = await fetch(`/api/flags?env=${encodeURIComponent(env)}`, {
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) {
    console.warn('flag list failed', res.status);
    throw new Error(`listing flags failed: ${res.status}`);
  }
  const flags = (await res.json()) as Flag[];
  console.info(`loaded ${flags.length} flags`);
  return flags;
}
