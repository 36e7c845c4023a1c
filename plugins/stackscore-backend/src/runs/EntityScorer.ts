import type {
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { EntityScores } from '@stackscore/plugin-stackscore-common';
import type { CheckSettings } from '../checks/types';
import { collectCatalogFacts } from '../collectors/catalog';
import type { ScoreStore } from '../database/ScoreStore';
import type { ScoringPipeline } from '../pipeline/defaultPipeline';
import { scoreRepository } from '../pipeline/scoreRepository';
import { resolveEntitySource } from './entitySource';
import { entityHash, pipelineVersion } from './fingerprints';
import { profileFromFacts } from '@stackscore/plugin-stackscore-common';
import type { UsageMatcherSet } from '../radar/usageMatchers';
import { entityTechnologies } from '../radar/entityTechnologies';
import type { RemediationNotifier } from '../remediation/notifications';

/**
 * Outcome of scoring one entity: rescored, or skipped because nothing it depends on changed.
 *
 * @internal
 */
export type EntityScoreOutcome =
  | { status: 'scored'; scores: EntityScores }
  | { status: 'skipped' };

/**
 * Scores one catalog entity and stores the result; skips it when the entity, its repository and the check
 * catalogue are all unchanged since the last score (unless forced).
 *
 * @internal
 */
export class EntityScorer {
  private readonly version: string;

  constructor(
    private readonly options: {
      pipeline: ScoringPipeline;
      settings: CheckSettings;
      store: ScoreStore;
      urlReader: UrlReaderService;
      localRoot?: string;
      logger: LoggerService;
      /** Radar usage matchers; without them nothing is recorded about what entities use. */
      radarUsage?: { current(): Promise<UsageMatcherSet> };
      /** Told when a scorecard's level drops, to notify the owner. */
      notifier?: Pick<RemediationNotifier, 'levelDropped'>;
    },
  ) {
    this.version = pipelineVersion(
      options.pipeline.checks,
      options.pipeline.collectors.map(c => c.id),
    );
  }

  /**
   * Scores the entity. `isCancelled` is asked before writing, so a scoring that outlived its timeout never
   * overwrites newer results.
   */
  async score(
    entity: Entity,
    options: { force?: boolean; isCancelled?: () => boolean } = {},
  ): Promise<EntityScoreOutcome> {
    const { store, pipeline, settings, urlReader, localRoot, logger } =
      this.options;
    const entityRef = stringifyEntityRef(entity);
    const hash = entityHash(entity);
    const radar = await this.options.radarUsage?.current();
    // What an entity uses is stored with its scores, so new usage matchers rescore like new checks do.
    const version = radar ? `${this.version}+r${radar.version}` : this.version;
    const previous = await store.getSnapshot(entityRef);
    const sameInputs =
      !options.force &&
      previous !== undefined &&
      previous.entityHash === hash &&
      previous.catalogueVersion === version;

    const resolved = resolveEntitySource(entity, { localRoot, urlReader });
    if (
      sameInputs &&
      'reason' in resolved &&
      previous.sourceProblem === resolved.reason
    ) {
      return { status: 'skipped' };
    }
    const outcome = await scoreRepository({
      entity,
      source: 'source' in resolved ? resolved.source : undefined,
      missingSourceReason: 'reason' in resolved ? resolved.reason : undefined,
      pipeline,
      settings,
      logger,
      previousEtag: sameInputs ? previous.sourceEtag : undefined,
    });
    if (outcome.status === 'unchanged') return { status: 'skipped' };
    if (options.isCancelled?.()) {
      throw new Error('scoring was cancelled after its timeout');
    }

    const catalog = collectCatalogFacts(entity);
    const saved = await store.saveScores({
      entity: {
        entityRef,
        kind: catalog.kind,
        namespace: catalog.namespace,
        name: catalog.name,
        owner: catalog.owner,
        system: catalog.system,
        lifecycle: catalog.lifecycle,
        type: catalog.type,
        tags: catalog.tags,
        ecosystems: outcome.scores.ecosystems,
      },
      snapshot: {
        entityHash: hash,
        sourceEtag: outcome.etag,
        sourceLocation: outcome.facts.source.location,
        sourceProblem: outcome.facts.source.available
          ? undefined
          : outcome.facts.source.reason,
        catalogueVersion: version,
      },
      scores: outcome.scores,
      scoredAt: new Date(),
      technologies: radar
        ? entityTechnologies(outcome.facts, radar.matchers)
        : undefined,
      stackProfile: radar
        ? profileFromFacts(entityRef, outcome.facts)
        : undefined,
      repositoryAdrs: outcome.facts.adrs,
    });
    await this.options.notifier?.levelDropped({
      entityRef,
      owner: catalog.owner,
      drops: saved.levelDrops,
    });
    return { status: 'scored', scores: outcome.scores };
  }
}
