import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { ZodError } from 'zod';
import type pg from 'pg';
import { NotificationStore } from './db.ts';
import { httpDuration, httpRequests, registry } from './metrics.ts';
import { notificationRoutes } from './routes/notifications.ts';

export async function buildApp(pool: pg.Pool): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    connectionTimeout: 10_000,
    requestTimeout: 15_000,
    keepAliveTimeout: 65_000,
    bodyLimit: 64 * 1024,
    // Reuse the caller's id so one request can be followed across services.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && incoming.length <= 64 ? incoming : randomUUID();
    },
    requestIdHeader: 'x-request-id',
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], scriptSrc: ["'self'"], frameAncestors: ["'none'"] },
    },
    strictTransportSecurity: { maxAge: 63_072_000, includeSubDomains: true },
  });
  await app.register(cors, { origin: ['https://backoffice.larkspur.example'], methods: ['GET', 'POST'] });
  await app.register(rateLimit, { max: 300, timeWindow: '1 minute' });

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    httpRequests.inc({ route, method: req.method, code: String(reply.statusCode) });
    httpDuration.observe({ route, method: req.method }, reply.elapsedTime / 1000);
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof ZodError) {
      return reply.code(422).send({ title: 'Unprocessable Entity', issues: err.issues });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(err.statusCode ?? 500).send({ title: 'Internal Server Error' });
  });

  app.get('/healthz', { config: { rateLimit: false } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { rateLimit: false } }, async (_req, reply) => {
    await pool.query('SELECT 1');
    return reply.send({ status: 'ready' });
  });
  app.get('/metrics', { config: { rateLimit: false } }, async (_req, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  notificationRoutes(app, new NotificationStore(pool));
  return app;
}
