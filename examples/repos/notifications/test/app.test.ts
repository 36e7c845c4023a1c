import { test } from 'node:test';
import assert from 'node:assert/strict';
import type pg from 'pg';
import { buildApp } from '../src/app.ts';

const fakePool = { query: async () => ({ rows: [] }) } as unknown as pg.Pool;

test('health answers without the database', async () => {
  const app = await buildApp(fakePool);
  const res = await app.inject({ method: 'GET', url: '/healthz' });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-security-policy'] as string, /default-src 'none'/);
});

test('invalid notification is rejected with 422', async () => {
  const app = await buildApp(fakePool);
  const res = await app.inject({ method: 'POST', url: '/v1/notifications', payload: { channel: 'fax' } });
  assert.equal(res.statusCode, 422);
});

test('unknown notification is 404', async () => {
  const app = await buildApp(fakePool);
  const res = await app.inject({ method: 'GET', url: '/v1/notifications/3f1c5a1e-8a4b-4c39-9f64-0c2e0b7a2d10' });
  assert.equal(res.statusCode, 404);
});
