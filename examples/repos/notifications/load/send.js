import http from 'k6/http';
import { check } from 'k6';

export const options = {
  vus: 10,
  duration: '1m',
  thresholds: { http_req_failed: ['rate<0.001'], http_req_duration: ['p(99)<400'] },
};

export default function () {
  const res = http.post(
    `${__ENV.BASE_URL || 'http://localhost:8080'}/v1/notifications`,
    JSON.stringify({ channel: 'email', to: 'load-test@example.com', template: 'order-confirmation', data: { order: 'A1' } }),
    { headers: { 'content-type': 'application/json' } },
  );
  check(res, { accepted: (r) => r.status === 202 });
}
