import { sdk } from './telemetry.ts';
import { createPool } from './db.ts';
import { buildApp } from './app.ts';

const pool = createPool();
const app = await buildApp(pool);

async function shutdown(signal: string): Promise<void> {
  app.log.info({ signal }, 'shutting down');
  // Stop accepting connections, let in-flight requests finish, then release resources.
  await app.close();
  await pool.end();
  await sdk.shutdown();
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 8080) });
