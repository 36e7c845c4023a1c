import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory from 'knex';
import { tuneSqlite } from './sqliteTuning';

describe('tuneSqlite', () => {
  it('puts a SQLite file into write-ahead logging with normal syncing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackscore-wal-'));
    const db = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: path.join(dir, 'db.sqlite') },
      useNullAsDefault: true,
    });
    try {
      await tuneSqlite(db);
      const [{ journal_mode }] = await db.raw('PRAGMA journal_mode');
      const [{ synchronous }] = await db.raw('PRAGMA synchronous');
      expect(journal_mode).toBe('wal');
      // 1 is NORMAL (0 OFF, 2 FULL, 3 EXTRA).
      expect(synchronous).toBe(1);
    } finally {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves other databases alone', async () => {
    const raw = jest.fn();
    await tuneSqlite({ client: { config: { client: 'pg' } }, raw } as never);
    expect(raw).not.toHaveBeenCalled();
  });
});
