import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type {
  EntityFacts,
  EntityScores,
} from '@stackscore/plugin-stackscore-common';
import { collectFacts } from '../collectors/collectFacts';
import { evaluateChecks } from '../checks/evaluate';
import type { CheckSettings } from '../checks/types';
import { scoreEntity } from '../scoring/scoreEntity';
import type { RepositorySource } from '../sources/types';
import type { ScoringPipeline } from './defaultPipeline';
import { collectorFailure } from '../collectors/types';

/**
 * Outcome of scoring one entity: fresh scores with the facts behind them, or "unchanged" when the source
 * reported the previous ETag.
 *
 * @internal
 */
export type ScoreOutcome =
  | { status: 'unchanged'; etag: string }
  | {
      status: 'scored';
      scores: EntityScores;
      facts: EntityFacts;
      etag?: string;
    };

/**
 * Collects facts for an entity from its source and evaluates every check: the whole pipeline for one
 * entity, shared by the CLI and the scheduled runs.
 *
 * @internal
 */
export async function scoreRepository(options: {
  entity: Entity;
  source?: RepositorySource;
  missingSourceReason?: string;
  pipeline: ScoringPipeline;
  settings: CheckSettings;
  previousEtag?: string;
  onProgress?: (step: string) => void;
  /** Given to extension collectors; required when the pipeline has any. */
  logger?: LoggerService;
}): Promise<ScoreOutcome> {
  const collected = await collectFacts({
    entity: options.entity,
    source: options.source,
    missingSourceReason: options.missingSourceReason,
    collectors: options.pipeline.collectors,
    previousEtag: options.previousEtag,
    onProgress: options.onProgress,
  });
  if (collected.status === 'unchanged') return collected;
  const { facts } = collected;
  const { logger } = options;
  for (const collector of options.pipeline.extensionCollectors) {
    options.onProgress?.(collector.id);
    try {
      if (!logger) throw new Error('extension collectors need a logger');
      facts.extensions[collector.id] = await collector.collect({
        entity: options.entity,
        logger: logger.child({ collector: collector.id }),
      });
    } catch (error) {
      facts.errors.push(collectorFailure(collector.id, error));
    }
  }
  options.onProgress?.('evaluating checks');
  const results = evaluateChecks(
    options.pipeline.checks,
    facts,
    options.settings,
  );
  return {
    status: 'scored',
    scores: scoreEntity(facts, results),
    facts,
    etag: collected.etag,
  };
}
