import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { listFlags } from './api';
import { FlagDescription } from './FlagDescription';

const ENVIRONMENTS = ['production', 'staging'] as const;

export function App() {
  const [env, setEnv] = useState<(typeof ENVIRONMENTS)[number]>('production');
  const { data, error, isLoading } = useQuery({ queryKey: ['flags', env], queryFn: () => listFlags(env) });

  if (error) {
    console.error('could not load flags', error);
    return <p role="alert">Could not load flags.</p>;
  }
  return (
    <main>
      <h1>Feature flags</h1>
      <select value={env} onChange={(e) => setEnv(e.target.value as typeof env)}>
        {ENVIRONMENTS.map((e) => (
          <option key={e}>{e}</option>
        ))}
      </select>
      {isLoading && <p>Loading…</p>}
      <ul>
        {data?.map((f) => (
          <li key={f.key}>
            <code>{f.key}</code> {f.enabled ? 'on' : 'off'}
            <FlagDescription markdown={f.description} />
          </li>
        ))}
      </ul>
    </main>
  );
}
