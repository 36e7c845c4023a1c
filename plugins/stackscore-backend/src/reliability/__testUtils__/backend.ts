import http from 'http';
import type { Entity } from '@backstage/catalog-model';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { startStackscore } from '../../__testUtils__/startStackscore';

/** Where the plugin's API is mounted on a test backend. */
export const apiPrefix = '/api/stackscore';

/**
 * Test-only: the whole plugin on a test backend (the same root router, error handler and body parsing as
 * production) storing into the given database, with a mocked catalog. Scheduled runs are an hour out, so
 * nothing writes unless a test asks.
 */
export async function startReliabilityBackend(options: {
  db: Knex;
  entities: Entity[];
  config?: Record<string, unknown>;
}) {
  const server = await startStackscore({
    entities: options.entities,
    config: options.config,
    features: [mockServices.database.factory({ knex: options.db })],
  });
  return { server, port: server.port() };
}

/** An HTTP exchange with the raw response body. */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: any;
}

/**
 * Test-only: one request with exactly the path, headers and bytes given. Supertest would normalise `..`
 * segments and set a content type of its own; input-abuse tests need neither.
 */
export function rawRequest(options: {
  port: number;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Signed in as a user unless false. */
  auth?: boolean;
  agent?: http.Agent;
}): Promise<RawResponse> {
  const headers: Record<string, string | number> = { ...options.headers };
  if (options.auth !== false) {
    headers.authorization = mockCredentials.user.header();
  }
  if (options.body !== undefined) {
    headers['content-length'] = Buffer.byteLength(options.body);
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: options.port,
        method: options.method,
        path: options.path,
        headers,
        agent: options.agent,
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json,
          });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
