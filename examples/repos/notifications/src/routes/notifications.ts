import { randomUUID, createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { render } from '@larkspur/notify-templates';
import type { NotificationStore } from '../db.ts';
import { emailBreaker } from '../providers/email.ts';
import { deliveries } from '../metrics.ts';

const createBody = z
  .object({
    channel: z.enum(['email', 'sms']),
    to: z.string().min(3).max(254),
    template: z.string().regex(/^[a-z0-9-]{2,64}$/),
    data: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  })
  .strict();

const idParams = z.object({ id: z.string().uuid() });

const webhookBody = z.object({
  messageId: z.string().max(128),
  event: z.enum(['delivered', 'bounced', 'dropped']),
});

export function notificationRoutes(app: FastifyInstance, store: NotificationStore): void {
  app.post('/v1/notifications', async (req, reply) => {
    const body = createBody.parse(req.body);
    const id = randomUUID();
    const recipientHash = createHash('sha256').update(body.to).digest('hex');
    await store.insert(id, body.channel, recipientHash, body.template);
    if (body.channel === 'email') {
      const rendered = render(body.template, body.data);
      try {
        await emailBreaker.fire({ to: body.to, ...rendered });
        deliveries.inc({ channel: 'email', outcome: 'sent' });
      } catch (err) {
        deliveries.inc({ channel: 'email', outcome: 'deferred' });
        req.log.warn({ err, notificationId: id }, 'provider unavailable, left queued for retry');
      }
    }
    return reply.code(202).send({ id });
  });

  app.get('/v1/notifications/:id', async (req, reply) => {
    const { id } = idParams.parse(req.params);
    const row = await store.get(id);
    if (!row) {
      return reply.code(404).send({ title: 'Not Found', detail: 'unknown notification' });
    }
    return row;
  });

  app.post('/v1/webhooks/:provider', { config: { rateLimit: { max: 600, timeWindow: '1 minute' } } }, async (req, reply) => {
    const event = webhookBody.parse(req.body);
    await store.setStatus(event.messageId, event.event === 'delivered' ? 'delivered' : 'failed');
    return reply.code(204).send();
  });
}
