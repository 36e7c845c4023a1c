import { Knex } from 'knex';
import {
  compareScorecardLevels,
  type RepositoryAdr,
  type CheckResult,
  type EntityScores,
  type ScorecardLevel,
  type ScorecardScore,
} from '@stackscore/plugin-stackscore-common';
import type {
  DetectedEntityTechnology,
  EntitySnapshot,
  SavedScores,
  ScoreStore,
  ScoredEntity,
  StoredEntityScores,
} from './ScoreStore';
import { Timestamp, toDate } from './timestamps';
import { EntityMetadataRow, toEntityMetadata } from './entityRows';
import { reconcileEntityItems } from './remediationSync';
import { insertInSlices } from './chunks';

interface EntityRow extends EntityMetadataRow {
  ecosystems: string;
  entity_hash: string;
  source_etag: string | null;
  source_location: string | null;
  source_problem: string | null;
  catalogue_version: string;
}

function toSnapshot(row: EntityRow): EntitySnapshot {
  return {
    entityHash: row.entity_hash,
    sourceEtag: row.source_etag ?? undefined,
    sourceLocation: row.source_location ?? undefined,
    sourceProblem: row.source_problem ?? undefined,
    catalogueVersion: row.catalogue_version,
  };
}

function toEntity(row: EntityRow): ScoredEntity {
  return { ...toEntityMetadata(row), ecosystems: JSON.parse(row.ecosystems) };
}

/** Replaces what an entity uses, keeping when each technology still in use was first seen. */
async function replaceTechnologies(
  trx: Knex.Transaction,
  ref: string,
  technologies: readonly DetectedEntityTechnology[],
  scoredAt: Date,
): Promise<void> {
  const firstSeen = new Map<string, Timestamp>(
    (
      await trx('stackscore_entity_technologies')
        .where({ entity_ref: ref })
        .select('tech_key', 'first_seen_at')
    ).map((r: { tech_key: string; first_seen_at: Timestamp }) => [
      r.tech_key,
      r.first_seen_at,
    ]),
  );
  await trx('stackscore_entity_technologies')
    .where({ entity_ref: ref })
    .delete();
  await insertInSlices(
    trx,
    'stackscore_entity_technologies',
    technologies.map(t => ({
      entity_ref: ref,
      tech_key: t.key,
      entry_id: t.entryId ?? null,
      kind: t.kind,
      name: t.name,
      evidence: JSON.stringify(t.evidence),
      first_seen_at: firstSeen.has(t.key)
        ? toDate(firstSeen.get(t.key)!)
        : scoredAt,
    })),
  );
}

/**
 * {@link ScoreStore} on Knex (SQLite and PostgreSQL).
 *
 * @internal
 */
export class DatabaseScoreStore implements ScoreStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: { db: Knex }): Promise<DatabaseScoreStore> {
    return new DatabaseScoreStore(options.db);
  }

  async getSnapshot(entityRef: string): Promise<EntitySnapshot | undefined> {
    const row = await this.db<EntityRow>('stackscore_entities')
      .where({ entity_ref: entityRef })
      .first();
    return row ? toSnapshot(row) : undefined;
  }

  async saveScores(input: {
    entity: ScoredEntity;
    snapshot: EntitySnapshot;
    scores: EntityScores;
    scoredAt: Date;
    technologies?: DetectedEntityTechnology[];
    stackProfile?: unknown;
    repositoryAdrs?: RepositoryAdr[];
  }): Promise<SavedScores> {
    const { entity, snapshot, scores, scoredAt } = input;
    const ref = entity.entityRef;
    const day = scoredAt.toISOString().slice(0, 10);
    return this.db.transaction(async trx => {
      const previousLevels = new Map<string, ScorecardLevel>(
        (
          await trx('stackscore_scorecard_scores')
            .where({ entity_ref: ref })
            .select('scorecard', 'level')
        ).map((r: { scorecard: string; level: ScorecardLevel }) => [
          r.scorecard,
          r.level,
        ]),
      );
      const previous = new Map<string, string>(
        (
          await trx('stackscore_check_results')
            .where({ entity_ref: ref })
            .select('check_id', 'status')
        ).map((r: { check_id: string; status: string }) => [
          r.check_id,
          r.status,
        ]),
      );

      await trx('stackscore_entities')
        .insert({
          entity_ref: ref,
          kind: entity.kind,
          namespace: entity.namespace,
          name: entity.name,
          owner: entity.owner ?? null,
          system: entity.system ?? null,
          lifecycle: entity.lifecycle ?? null,
          type: entity.type ?? null,
          tags: JSON.stringify(entity.tags),
          ecosystems: JSON.stringify(entity.ecosystems),
          entity_hash: snapshot.entityHash,
          source_etag: snapshot.sourceEtag ?? null,
          source_location: snapshot.sourceLocation ?? null,
          source_problem: snapshot.sourceProblem ?? null,
          catalogue_version: snapshot.catalogueVersion,
          scored_at: scoredAt,
          stack_profile:
            input.stackProfile === undefined
              ? null
              : JSON.stringify(input.stackProfile),
          repository_adrs:
            input.repositoryAdrs === undefined
              ? null
              : JSON.stringify(input.repositoryAdrs),
        })
        .onConflict('entity_ref')
        .merge();

      if (input.technologies) {
        await replaceTechnologies(trx, ref, input.technologies, scoredAt);
      }

      await trx('stackscore_check_results').where({ entity_ref: ref }).delete();
      await insertInSlices(
        trx,
        'stackscore_check_results',
        scores.results.map(r => ({
          entity_ref: ref,
          check_id: r.checkId,
          scorecard: r.scorecard,
          status: r.status,
          level: r.level,
          severity: r.severity,
          evidence: JSON.stringify(r.evidence),
        })),
      );

      // A result seen for the first time is history only when it needs attention (the start of "failing
      // since"); first passes and non-applicable checks would be most of the table and say nothing.
      const changes = scores.results.filter(r =>
        previous.has(r.checkId)
          ? previous.get(r.checkId) !== r.status
          : r.status === 'fail' || r.status === 'error',
      );
      await insertInSlices(
        trx,
        'stackscore_result_history',
        changes.map(r => ({
          entity_ref: ref,
          check_id: r.checkId,
          status: r.status,
          previous_status: previous.get(r.checkId) ?? null,
          changed_at: scoredAt,
        })),
      );

      await trx('stackscore_scorecard_scores')
        .where({ entity_ref: ref })
        .delete();
      await insertInSlices(
        trx,
        'stackscore_scorecard_scores',
        scores.scorecards.map(s => ({
          entity_ref: ref,
          scorecard: s.id,
          level: s.level,
          score: s.score,
          passed: s.passed,
          applicable: s.applicable,
        })),
      );

      // A scorecard that applies to nothing has no score to trend: a 0 point would drag team averages down.
      const notApplicable = scores.scorecards
        .filter(s => s.applicable === 0)
        .map(s => s.id);
      if (notApplicable.length) {
        await trx('stackscore_score_points')
          .where({ entity_ref: ref, day })
          .whereIn('scorecard', notApplicable)
          .delete();
      }
      const points = scores.scorecards
        .filter(c => c.applicable > 0)
        .map(s => ({
          entity_ref: ref,
          scorecard: s.id,
          day,
          level: s.level,
          score: s.score,
        }));
      if (points.length) {
        await trx('stackscore_score_points')
          .insert(points)
          .onConflict(['entity_ref', 'scorecard', 'day'])
          .merge(['level', 'score']);
      }

      // Items follow the results in the same transaction, so a board never disagrees with the scores.
      await reconcileEntityItems(trx, {
        entityRef: ref,
        at: scoredAt,
        results: scores.results,
        owner: entity.owner ?? null,
      });

      return {
        levelDrops: scores.scorecards.flatMap(card => {
          const before = previousLevels.get(card.id);
          return before && compareScorecardLevels(card.level, before) < 0
            ? [{ scorecard: card.id, from: before, to: card.level }]
            : [];
        }),
      };
    });
  }

  async getRepositoryAdrs(
    entityRef: string,
  ): Promise<{ adrs: RepositoryAdr[]; problem?: string } | undefined> {
    const row:
      | { repository_adrs: string | null; source_problem: string | null }
      | undefined = await this.db('stackscore_entities')
      .where({ entity_ref: entityRef })
      .first('repository_adrs', 'source_problem');
    if (!row) return undefined;
    return {
      adrs: row.repository_adrs ? JSON.parse(row.repository_adrs) : [],
      problem: row.source_problem ?? undefined,
    };
  }

  async getEntityScores(
    entityRef: string,
  ): Promise<StoredEntityScores | undefined> {
    const row = await this.db<EntityRow>('stackscore_entities')
      .where({ entity_ref: entityRef })
      .first();
    if (!row) return undefined;
    const [cards, results] = await Promise.all([
      this.db('stackscore_scorecard_scores').where({ entity_ref: entityRef }),
      this.db('stackscore_check_results')
        .where({ entity_ref: entityRef })
        .orderBy('check_id'),
    ]);
    const order = ['slo', 'observability', 'security', 'supply-chain'];
    return {
      entity: toEntity(row),
      snapshot: toSnapshot(row),
      scoredAt: toDate(row.scored_at),
      scorecards: cards
        .map(
          (c: any): ScorecardScore => ({
            id: c.scorecard,
            level: c.level,
            score: Number(c.score),
            passed: Number(c.passed),
            applicable: Number(c.applicable),
          }),
        )
        .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)),
      results: results.map(
        (r: any): CheckResult => ({
          checkId: r.check_id,
          scorecard: r.scorecard,
          level: r.level,
          severity: r.severity,
          status: r.status,
          evidence: JSON.parse(r.evidence),
        }),
      ),
    };
  }
}
