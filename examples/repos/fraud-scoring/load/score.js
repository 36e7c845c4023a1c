import http from 'k6/http';
import { check } from 'k6';

export const options = {
  vus: 20,
  duration: '90s',
  thresholds: {
    http_req_failed: ['rate<0.0005'],
    http_req_duration: ['p(99)<150'],
  },
};

const BASE = __ENV.BASE_URL || 'http://localhost:8000';

export default function () {
  const res = http.post(
    `${BASE}/v1/scores`,
    JSON.stringify({ customerId: '0b5b8a8e-3c1e-4f51-9d7e-5d7a1c0f2b11', amountMinor: 4599, currency: 'EUR' }),
    { headers: { 'Content-Type': 'application/json' } },
  );
  check(res, { scored: (r) => r.status === 200 });
}
