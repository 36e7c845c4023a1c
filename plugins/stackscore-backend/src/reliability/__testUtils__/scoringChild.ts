/*
 * Test-only child process for the crash test: scores `entities` copies of the example repositories into the
 * database it is given, printing "started" once its run has begun and the finished run as JSON at the end.
 * The parent kills it at random moments; nothing here cooperates with that.
 */
import knexFactory from 'knex';
import type { Entity } from '@backstage/catalog-model';
import { applyDatabaseMigrations } from '../../database/migrations';
import { createStandaloneRunner } from '../../__testUtils__/standaloneRunner';
import { crashEntities, exampleReposRoot } from './crashEntities';

async function main() {
  const options = JSON.parse(process.argv[2]) as {
    knex: knexFactory.Knex.Config;
    entities: number;
  };
  const db = knexFactory(options.knex);
  const entities: Entity[] = crashEntities(options.entities);
  await applyDatabaseMigrations({ getClient: async () => db });
  const runner = await createStandaloneRunner({
    db,
    entities,
    localRoot: exampleReposRoot,
  });
  const { finished } = await runner.start({ trigger: 'manual' });
  process.stdout.write('started\n');
  const run = await finished;
  process.stdout.write(`${JSON.stringify(run)}\n`);
  await db.destroy();
}

main().catch(error => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
