import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const httpRequests = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests by route, method and status code',
  labelNames: ['route', 'method', 'code'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency by route and method',
  labelNames: ['route', 'method'] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.2, 0.4, 0.8, 1.6],
  registers: [registry],
});

export const deliveries = new Counter({
  name: 'notifications_deliveries_total',
  help: 'Provider hand-offs by channel and outcome',
  labelNames: ['channel', 'outcome'] as const,
  registers: [registry],
});
