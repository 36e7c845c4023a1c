import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  stages: [
    { duration: '30s', target: 50 },
    { duration: '2m', target: 50 },
    { duration: '30s', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.001'], http_req_duration: ['p(99)<300'] },
};

const BASE = __ENV.BASE_URL || 'http://localhost:8080';

export default function () {
  check(http.get(`${BASE}/`), { home: (r) => r.status === 200 });
  check(http.get(`${BASE}/p/stoneware-mug`), { product: (r) => r.status === 200 });
  sleep(1);
}
