import pg from 'pg';

export interface NotificationRow {
  id: string;
  channel: 'email' | 'sms';
  status: 'queued' | 'sent' | 'delivered' | 'failed';
  updated_at: Date;
}

export function createPool(): pg.Pool {
  return new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: 10,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 2_000,
  });
}

export class NotificationStore {
  constructor(private readonly pool: pg.Pool) {}

  async insert(id: string, channel: 'email' | 'sms', recipientHash: string, template: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO notifications (id, channel, recipient_hash, template, status) VALUES ($1, $2, $3, $4, $5)',
      [id, channel, recipientHash, template, 'queued'],
    );
  }

  async get(id: string): Promise<NotificationRow | undefined> {
    const res = await this.pool.query<NotificationRow>(
      'SELECT id, channel, status, updated_at FROM notifications WHERE id = $1',
      [id],
    );
    return res.rows[0];
  }

  async setStatus(providerMessageId: string, status: NotificationRow['status']): Promise<void> {
    await this.pool.query(
      'UPDATE notifications SET status = $1, updated_at = now() WHERE provider_message_id = $2',
      [status, providerMessageId],
    );
  }
}
