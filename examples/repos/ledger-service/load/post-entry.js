import http from 'k6/http';
import { check } from 'k6';
import exec from 'k6/execution';

export const options = {
  scenarios: { posts: { executor: 'constant-arrival-rate', rate: 30, timeUnit: '1s', duration: '2m', preAllocatedVUs: 10 } },
  thresholds: { http_req_failed: ['rate<0.001'], http_req_duration: ['p(99)<250'] },
};

export default function () {
  const ref = `load-${exec.scenario.iterationInTest}`;
  const res = http.post(
    `${__ENV.BASE_URL}/v1/journal-entries`,
    JSON.stringify({
      reference: ref,
      bookingDate: '2025-05-01',
      currency: 'EUR',
      lines: [
        { account: '1200', side: 'DEBIT', amountMinor: 1190 },
        { account: '4000', side: 'CREDIT', amountMinor: 1190 },
      ],
    }),
    { headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${__ENV.LOAD_TEST_TOKEN}` } },
  );
  check(res, { posted: (r) => r.status === 201 });
}
