// k6 regression test for the place-order journey; CI fails when the thresholds are missed.
import http from 'k6/http';
import { check } from 'k6';

export const options = {
  scenarios: {
    steady: { executor: 'constant-arrival-rate', rate: 50, timeUnit: '1s', duration: '2m', preAllocatedVUs: 20 },
  },
  thresholds: {
    http_req_failed: ['rate<0.001'],
    'http_req_duration{name:place-order}': ['p(99)<300'],
  },
};

const BASE = __ENV.BASE_URL || 'http://localhost:8080';

export default function () {
  const body = JSON.stringify({
    customerId: '0b5b8a8e-3c1e-4f51-9d7e-5d7a1c0f2b11',
    currency: 'EUR',
    cardToken: 'tok_loadtest',
    lines: [{ sku: 'MUG01', quantity: 1, unitPrice: 1299 }],
  });
  const res = http.post(`${BASE}/v1/orders`, body, {
    headers: { 'Content-Type': 'application/json' },
    tags: { name: 'place-order' },
  });
  check(res, { 'order accepted': (r) => r.status === 201 });
}
