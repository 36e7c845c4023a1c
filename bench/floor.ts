/*
 * The physical floor of a scoring run: reading exactly the files the collectors would read, and inserting as
 * many rows as the run stored in one transaction with multi-row inserts. Nothing is parsed, evaluated or
 * compared; the run can only be slower than this.
 */
import fs from 'fs';
import path from 'path';
import { promisify } from 'util';
import { performance } from 'perf_hooks';
import type { Entity } from '@backstage/catalog-model';
import type { RepositoryCollector } from '../plugins/stackscore-backend/src/collectors/types';
import { applyDatabaseMigrations } from '../plugins/stackscore-backend/src/database/migrations';
import { sourceDirAnnotation } from '../plugins/stackscore-backend/src/runs/entitySource';
import type { BenchDatabase } from './fullRun';
import { connect } from './fullRun';

/** Every file below a directory, as paths relative to it with forward slashes. */
function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else if (entry.isFile()) files.push(relative);
    }
  };
  walk(root, '');
  return files;
}

const readFile = promisify(fs.readFile);

/**
 * Reads the wanted files of every repository, `concurrency` repositories at a time, the way the local
 * source reads them (listing synchronously, reading through the callback API).
 */
async function readWantedFiles(options: {
  root: string;
  components: Entity[];
  collectors: readonly RepositoryCollector[];
  concurrency: number;
}): Promise<{ files: number; bytes: number }> {
  const { root, components, collectors } = options;
  let files = 0;
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < components.length) {
      const component = components[next++];
      const dir = path.join(
        root,
        component.metadata.annotations![sourceDirAnnotation],
      );
      for (const file of listFiles(dir)) {
        if (!collectors.some(c => c.wants(file))) continue;
        const text = await readFile(path.join(dir, file), 'utf8');
        files++;
        bytes += text.length;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { files, bytes };
}

/**
 * Times the floor: the collectors' reads, then `rows` result-shaped rows in one transaction on a fresh
 * database of the same kind as the run's.
 */
export async function measureFloor(options: {
  root: string;
  components: Entity[];
  collectors: readonly RepositoryCollector[];
  rows: number;
  target: BenchDatabase;
}): Promise<{ readMs: number; writeMs: number; files: number; bytes: number }> {
  const readStart = performance.now();
  const read = await readWantedFiles({ ...options, concurrency: 8 });
  const readMs = performance.now() - readStart;

  const target: BenchDatabase =
    options.target.kind === 'sqlite'
      ? { kind: 'sqlite', file: `${options.target.file}.floor` }
      : { ...options.target, database: `${options.target.database}_floor` };
  const db = await connect(target);
  try {
    await applyDatabaseMigrations({ getClient: async () => db });
    const rows = Array.from({ length: options.rows }, (_, i) => ({
      entity_ref: `component:default/floor-${Math.floor(i / 100)}`,
      check_id: `check-${i % 100}`,
      scorecard: 'security',
      status: 'pass',
      level: 'bronze',
      severity: 'high',
      evidence: '[]',
    }));
    const writeStart = performance.now();
    if (target.kind === 'sqlite') {
      // The driver itself: one prepared statement run per row inside one transaction, no query builder.
      const connection = await db.client.acquireConnection();
      try {
        const insert = connection.prepare(
          `INSERT INTO stackscore_check_results (entity_ref, check_id, scorecard, status, level, severity,
             evidence) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        );
        connection.transaction(() => {
          for (const row of rows) {
            insert.run(
              row.entity_ref,
              row.check_id,
              row.scorecard,
              row.status,
              row.level,
              row.severity,
              row.evidence,
            );
          }
        })();
      } finally {
        await db.client.releaseConnection(connection);
      }
    } else {
      await db.transaction(async trx => {
        // 7 parameters a row; 5,000 rows a statement stays under PostgreSQL's 65,535-parameter limit.
        for (let i = 0; i < rows.length; i += 5000) {
          await trx('stackscore_check_results').insert(rows.slice(i, i + 5000));
        }
      });
    }
    const writeMs = performance.now() - writeStart;
    return { readMs, writeMs, ...read };
  } finally {
    await db.destroy();
    if (target.kind === 'sqlite') {
      for (const suffix of ['', '-wal', '-shm']) {
        fs.rmSync(`${target.file}${suffix}`, { force: true });
      }
    }
  }
}
