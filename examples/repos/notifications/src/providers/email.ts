import CircuitBreaker from 'opossum';

export interface OutboundEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
}

// Calls the e-mail provider's HTTP API. Every call has a hard timeout; the breaker stops us hammering a
// provider that is down, and the queue worker retries later.
async function send(message: OutboundEmail): Promise<string> {
  const res = await fetch(`${process.env.EMAIL_PROVIDER_URL}/v3/mail/send`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${process.env.EMAIL_PROVIDER_TOKEN ?? ''}`,
    },
    body: JSON.stringify(message),
    signal: AbortSignal.timeout(3_000),
  });
  if (!res.ok) {
    throw new Error(`email provider answered ${res.status}`);
  }
  const body = (await res.json()) as { id: string };
  return body.id;
}

export const emailBreaker = new CircuitBreaker(send, {
  timeout: 4_000,
  errorThresholdPercentage: 50,
  volumeThreshold: 20,
  resetTimeout: 30_000,
});
