import type {
  AuthService,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Knex } from 'knex';
import { CheckSettings, defaultCheckSettings } from '../checks/types';
import { DatabaseRunStore } from '../database/DatabaseRunStore';
import { DatabaseScoreStore } from '../database/DatabaseScoreStore';
import { DatabaseRadarStore } from '../database/DatabaseRadarStore';
import { RadarUsageMatchers } from '../radar/usageMatchers';
import { createScoringPipeline } from '../pipeline/defaultPipeline';
import { EntityScorer } from '../runs/EntityScorer';
import { RunLimits, ScoringRunner } from '../runs/ScoringRunner';

/** Test-only: a logger that drops everything, for runs whose output would drown the test's. */
export const silentLogger: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => silentLogger,
};

/**
 * Test-only: the real runner, scorer (with radar usage), pipeline and stores on a database, outside any backend, with the catalog
 * replaced by a fixed list of components reading their sources below `localRoot`. Used by the crash tests
 * and the benchmarks, which need scoring without a plugin around it.
 */
export async function createStandaloneRunner(options: {
  db: Knex;
  entities: Entity[];
  localRoot: string;
  settings?: CheckSettings;
  limits?: Partial<RunLimits>;
}): Promise<ScoringRunner> {
  const { db, entities } = options;
  return new ScoringRunner({
    catalog: {
      getEntities: async () => ({ items: entities }),
    } as unknown as CatalogService,
    // The catalog above is the only thing the runner asks credentials for.
    auth: {
      getOwnServiceCredentials: async () => ({}),
    } as unknown as AuthService,
    scorer: new EntityScorer({
      pipeline: createScoringPipeline({}),
      settings: options.settings ?? defaultCheckSettings,
      store: await DatabaseScoreStore.create({ db }),
      urlReader: {} as UrlReaderService,
      localRoot: options.localRoot,
      logger: silentLogger,
      // As the plugin does: what each entity uses is stored with its scores.
      radarUsage: new RadarUsageMatchers(
        await DatabaseRadarStore.create({ db }),
      ),
    }),
    runs: await DatabaseRunStore.create({ db }),
    logger: silentLogger,
    limits: { concurrency: 4, entityTimeoutMs: 60_000, ...options.limits },
  });
}
