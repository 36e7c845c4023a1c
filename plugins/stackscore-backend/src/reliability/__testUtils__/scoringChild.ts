/*
 * Test-only child process for the crash test: scores `entities` copies of the example repositories into the
 * database it is given, printing "started" once its run has begun and the finished run as JSON at the end.
 * The parent kills it at random moments; nothing here cooperates with that.
 */
import knexFactory from 'knex';
import type { Entity } from '@backstage/catalog-model';
import type {
  AuthService,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { applyDatabaseMigrations } from '../../database/migrations';
import { DatabaseRunStore } from '../../database/DatabaseRunStore';
import { DatabaseScoreStore } from '../../database/DatabaseScoreStore';
import { defaultCheckSettings } from '../../checks/types';
import { createScoringPipeline } from '../../pipeline/defaultPipeline';
import { EntityScorer } from '../../runs/EntityScorer';
import { ScoringRunner } from '../../runs/ScoringRunner';
import { crashEntities, exampleReposRoot } from './crashEntities';

const silent: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => silent,
};

async function main() {
  const options = JSON.parse(process.argv[2]) as {
    knex: knexFactory.Knex.Config;
    entities: number;
  };
  const db = knexFactory(options.knex);
  const entities: Entity[] = crashEntities(options.entities);
  await applyDatabaseMigrations({ getClient: async () => db });
  const runner = new ScoringRunner({
    catalog: {
      getEntities: async () => ({ items: entities }),
    } as unknown as CatalogService,
    auth: {
      getOwnServiceCredentials: async () => ({}),
    } as unknown as AuthService,
    scorer: new EntityScorer({
      pipeline: createScoringPipeline({}),
      settings: defaultCheckSettings,
      store: await DatabaseScoreStore.create({ db }),
      urlReader: {} as UrlReaderService,
      localRoot: exampleReposRoot,
      logger: silent,
    }),
    runs: await DatabaseRunStore.create({ db }),
    logger: silent,
    limits: { concurrency: 4, entityTimeoutMs: 60_000 },
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
