import { Knex } from 'knex';
import { InputError } from '@backstage/errors';
import type {
  CheckResult,
  CheckStatus,
  ScorecardId,
  ScorecardLevel,
  ScorecardScore,
} from '@stackscore/plugin-stackscore-common';
import { applyExemptions } from '../scoring/applyExemptions';
import type { ExemptionStore } from './ExemptionStore';
import type {
  CheckEntity,
  FailedCheckCount,
  LevelDistribution,
  Overview,
  OwnerRollup,
  RollupEntity,
  RollupFilters,
  RollupSort,
  RollupStore,
  ScorecardRollup,
  TeamScoresPage,
} from './RollupStore';
import { toDate } from './timestamps';
import { chunks } from './chunks';
import { EntityMetadataRow, toEntityMetadata } from './entityRows';

/** Bound on entity refs per `IN (...)` list, well below SQLite's and PostgreSQL's parameter limits. */
const refChunkSize = 500;
const mostFailedLimit = 10;

type EntityRow = EntityMetadataRow;

interface ScoreRow {
  entity_ref: string;
  scorecard: ScorecardId;
  level: ScorecardLevel;
  score: number | string;
}

interface ResultRow {
  entity_ref: string;
  check_id: string;
  scorecard: CheckResult['scorecard'];
  status: CheckResult['status'];
  level: CheckResult['level'];
  severity: CheckResult['severity'];
  evidence: string;
}

type SortKey = string | number;

interface Cursor {
  s: string;
  o: 'asc' | 'desc';
  k: SortKey;
  r: string;
}

const entityColumns = [
  'e.entity_ref',
  'e.kind',
  'e.namespace',
  'e.name',
  'e.owner',
  'e.system',
  'e.lifecycle',
  'e.type',
  'e.tags',
  'e.scored_at',
];

function emptyDistribution(): LevelDistribution {
  return { none: 0, bronze: 0, silver: 0, gold: 0 };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(
  value: string,
  sort: string,
  order: 'asc' | 'desc',
  keyType: 'string' | 'number',
): Cursor {
  let parsed: Partial<Cursor> | undefined;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !parsed ||
    parsed.s !== sort ||
    parsed.o !== order ||
    typeof parsed.k !== keyType ||
    typeof parsed.r !== 'string'
  ) {
    throw new InputError(
      'Invalid cursor: it does not belong to this list, sort and order',
    );
  }
  return parsed as Cursor;
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, c => `\\${c}`);
}

/** Adds up level counts and score sums per scorecard, then turns them into a {@link ScorecardRollup}. */
class RollupAccumulator {
  entities = 0;
  private readonly counts = new Map<ScorecardId, LevelDistribution>();
  private readonly sums = new Map<ScorecardId, { total: number; n: number }>();

  add(scorecard: ScorecardId, level: ScorecardLevel, n: number, sum: number) {
    const distribution = this.counts.get(scorecard) ?? emptyDistribution();
    distribution[level] += n;
    this.counts.set(scorecard, distribution);
    const s = this.sums.get(scorecard) ?? { total: 0, n: 0 };
    s.total += sum;
    s.n += n;
    this.sums.set(scorecard, s);
  }

  toJSON(): ScorecardRollup {
    const ids = [...this.counts.keys()].sort();
    return {
      levelDistribution: Object.fromEntries(
        ids.map(id => [id, this.counts.get(id)!]),
      ),
      averages: Object.fromEntries(
        ids.map(id => {
          const s = this.sums.get(id)!;
          return [id, s.n === 0 ? 0 : s.total / s.n];
        }),
      ),
    };
  }
}

/** An entity whose levels an active exemption may change, recomputed from its results. */
interface ExemptedEntity {
  row: EntityRow;
  results: CheckResult[];
  scorecards: ScorecardScore[];
  exemptedCheckIds: Set<string>;
}

function toRollupEntity(
  row: EntityRow,
  scorecards: Array<Pick<ScorecardScore, 'id' | 'level' | 'score'>>,
): RollupEntity {
  const scores = scorecards.map(s => s.score);
  return {
    ...toEntityMetadata(row),
    scoredAt: toDate(row.scored_at),
    scorecards: Object.fromEntries(
      scorecards.map(s => [s.id, { level: s.level, score: s.score }]),
    ),
    score: scores.length
      ? scores.reduce((a, b) => a + b, 0) / scores.length
      : undefined,
  };
}

function sortKeyOf(entity: RollupEntity, sort: RollupSort): SortKey {
  if (sort === 'name') return entity.name;
  if (sort === 'score') return entity.score ?? -1;
  return entity.scorecards[sort]?.score ?? -1;
}

/**
 * {@link RollupStore} on Knex (SQLite and PostgreSQL). Figures come from the stored per-scorecard table with
 * SQL aggregates and keyset pagination; the few entities with active exemptions are left out of the SQL and
 * recomputed from their results, then merged back in, so levels, sorting, averages and distributions all
 * honour exemptions.
 *
 * @internal
 */
export class DatabaseRollupStore implements RollupStore {
  private readonly collate: string;

  private constructor(
    private readonly db: Knex,
    private readonly exemptions: ExemptionStore,
    private readonly now: () => Date,
  ) {
    // Byte order on both databases, so keyset cursors and the in-memory merge agree.
    this.collate = db.client.config.client === 'pg' ? ' collate "C"' : '';
  }

  static async create(options: {
    db: Knex;
    exemptions: ExemptionStore;
    now?: () => Date;
  }): Promise<DatabaseRollupStore> {
    return new DatabaseRollupStore(
      options.db,
      options.exemptions,
      options.now ?? (() => new Date()),
    );
  }

  async teamScores(options: {
    owners: readonly string[];
    filters?: RollupFilters;
    sort?: RollupSort;
    order?: 'asc' | 'desc';
    limit: number;
    cursor?: string;
  }): Promise<TeamScoresPage> {
    const sort = options.sort ?? 'name';
    const order = options.order ?? 'asc';
    const cursor =
      options.cursor !== undefined
        ? decodeCursor(
            options.cursor,
            sort,
            order,
            sort === 'name' ? 'string' : 'number',
          )
        : undefined;
    const entitySet = () =>
      this.filtered(
        this.db('stackscore_entities as e').whereIn('e.owner', [
          ...options.owners,
        ]),
        options.filters,
      );

    const refs: string[] = (await entitySet().select('e.entity_ref')).map(
      (r: { entity_ref: string }) => r.entity_ref,
    );
    const exempted = await this.loadExempted(refs);
    const exemptedRefs = [...exempted.keys()];

    const rollup = new RollupAccumulator();
    rollup.entities = refs.length;
    const aggregates = await entitySet()
      .join('stackscore_scorecard_scores as s', 's.entity_ref', 'e.entity_ref')
      .where('s.applicable', '>', 0)
      .whereNotIn('e.entity_ref', exemptedRefs)
      .groupBy('s.scorecard', 's.level')
      .select('s.scorecard', 's.level')
      .count({ n: '*' })
      .sum({ total: 's.score' });
    for (const a of aggregates as any[]) {
      rollup.add(a.scorecard, a.level, Number(a.n), Number(a.total));
    }
    for (const e of exempted.values()) {
      for (const s of e.scorecards.filter(c => c.applicable > 0)) {
        rollup.add(s.id, s.level, 1, s.score);
      }
    }

    const { sql: keySql, bindings: keyBindings } = this.sortKeySql(sort);
    const op = order === 'asc' ? '>' : '<';
    const page = entitySet()
      .whereNotIn('e.entity_ref', exemptedRefs)
      .select(
        ...entityColumns,
        this.db.raw(`${keySql} as sort_key`, keyBindings),
      )
      .orderByRaw(`sort_key ${order}, e.entity_ref${this.collate} ${order}`)
      .limit(options.limit + 1);
    if (cursor) {
      page.where(q =>
        q
          .whereRaw(`${keySql} ${op} ?`, [...keyBindings, cursor.k])
          .orWhere(q2 =>
            q2
              .whereRaw(`${keySql} = ?`, [...keyBindings, cursor.k])
              .whereRaw(`e.entity_ref${this.collate} ${op} ?`, [cursor.r]),
          ),
      );
    }
    const rows: EntityRow[] = await page;
    const cards = new Map<string, ScoreRow[]>();
    for (const batch of chunks(
      rows.map(r => r.entity_ref),
      refChunkSize,
    )) {
      const scoreRows: ScoreRow[] = await this.db('stackscore_scorecard_scores')
        .whereIn('entity_ref', batch)
        .where('applicable', '>', 0)
        .orderBy('scorecard')
        .select('entity_ref', 'scorecard', 'level', 'score');
      for (const s of scoreRows) {
        cards.set(s.entity_ref, [...(cards.get(s.entity_ref) ?? []), s]);
      }
    }

    const direction = order === 'asc' ? 1 : -1;
    const compare = (a: RollupEntity, b: RollupEntity) =>
      direction *
      (compareKeys(sortKeyOf(a, sort), sortKeyOf(b, sort)) ||
        compareKeys(a.entityRef, b.entityRef));
    const afterCursor = (e: RollupEntity) =>
      !cursor ||
      direction *
        (compareKeys(sortKeyOf(e, sort), cursor.k) ||
          compareKeys(e.entityRef, cursor.r)) >
        0;
    const merged = [
      ...rows.map(r =>
        toRollupEntity(
          r,
          (cards.get(r.entity_ref) ?? []).map(s => ({
            id: s.scorecard,
            level: s.level,
            score: Number(s.score),
          })),
        ),
      ),
      ...[...exempted.values()]
        .map(e =>
          toRollupEntity(
            e.row,
            e.scorecards.filter(s => s.applicable > 0),
          ),
        )
        .filter(afterCursor),
    ].sort(compare);
    const items = merged.slice(0, options.limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        merged.length > options.limit && last
          ? encodeCursor({
              s: sort,
              o: order,
              k: sortKeyOf(last, sort),
              r: last.entityRef,
            })
          : undefined,
      total: refs.length,
      ...rollup.toJSON(),
    };
  }

  async overview(options: { filters?: RollupFilters }): Promise<Overview> {
    const entitySet = () =>
      this.filtered(this.db('stackscore_entities as e'), options.filters);
    const refRows: Array<{ entity_ref: string; owner: string | null }> =
      await entitySet().select('e.entity_ref', 'e.owner');
    const exempted = await this.loadExempted(refRows.map(r => r.entity_ref));
    const exemptedRefs = [...exempted.keys()];

    const byOwner = new Map<string | null, RollupAccumulator>();
    const ownerRollup = (owner: string | null) => {
      let rollup = byOwner.get(owner);
      if (!rollup) {
        rollup = new RollupAccumulator();
        byOwner.set(owner, rollup);
      }
      return rollup;
    };
    const totals = new RollupAccumulator();
    for (const r of refRows) {
      ownerRollup(r.owner).entities += 1;
      totals.entities += 1;
    }

    const aggregates = await entitySet()
      .join('stackscore_scorecard_scores as s', 's.entity_ref', 'e.entity_ref')
      .where('s.applicable', '>', 0)
      .whereNotIn('e.entity_ref', exemptedRefs)
      .groupBy('e.owner', 's.scorecard', 's.level')
      .select('e.owner', 's.scorecard', 's.level')
      .count({ n: '*' })
      .sum({ total: 's.score' });
    for (const a of aggregates as any[]) {
      const n = Number(a.n);
      const total = Number(a.total);
      ownerRollup(a.owner).add(a.scorecard, a.level, n, total);
      totals.add(a.scorecard, a.level, n, total);
    }
    for (const e of exempted.values()) {
      for (const s of e.scorecards.filter(c => c.applicable > 0)) {
        ownerRollup(e.row.owner).add(s.id, s.level, 1, s.score);
        totals.add(s.id, s.level, 1, s.score);
      }
    }

    const owners: OwnerRollup[] = [...byOwner.entries()]
      .map(([owner, rollup]) => ({
        owner: owner ?? undefined,
        entities: rollup.entities,
        ...rollup.toJSON(),
      }))
      .sort((a, b) => compareKeys(a.owner ?? '', b.owner ?? ''));

    return {
      totals: { entities: totals.entities, ...totals.toJSON() },
      owners,
      mostFailedChecks: await this.mostFailedChecks(options.filters, exempted),
    };
  }

  async checkEntities(options: {
    checkId: string;
    status?: CheckStatus;
    filters?: RollupFilters;
    limit: number;
    cursor?: string;
  }): Promise<{ items: CheckEntity[]; nextCursor?: string }> {
    const status = options.status ?? 'fail';
    const sort = `check:${options.checkId}:${status}`;
    const cursor =
      options.cursor !== undefined
        ? decodeCursor(options.cursor, sort, 'asc', 'string')
        : undefined;
    const query = this.filtered(
      this.db('stackscore_check_results as r').join(
        'stackscore_entities as e',
        'e.entity_ref',
        'r.entity_ref',
      ),
      options.filters,
    )
      .where('r.check_id', options.checkId)
      .where('r.status', status)
      .select(
        'r.entity_ref',
        'r.check_id',
        'r.status',
        'r.level',
        'r.severity',
        'r.evidence',
        'e.scored_at',
        'e.kind',
        'e.namespace',
        'e.name',
        'e.owner',
        'e.lifecycle',
        'e.system',
      )
      .orderByRaw(`r.entity_ref${this.collate} asc`)
      .limit(options.limit + 1);
    if (cursor) {
      query.whereRaw(`r.entity_ref${this.collate} > ?`, [cursor.r]);
    }
    const rows: Array<ResultRow & Omit<EntityRow, 'tags'>> = await query;
    const page = rows.slice(0, options.limit);
    const exempted = new Set(
      (
        await this.exemptions.activeExemptions(
          page.map(r => r.entity_ref),
          this.now(),
        )
      )
        .filter(x => x.checkId === options.checkId)
        .map(x => x.entityRef),
    );
    const last = page[page.length - 1];
    return {
      items: page.map(r => ({
        entityRef: r.entity_ref,
        kind: r.kind,
        namespace: r.namespace,
        name: r.name,
        owner: r.owner ?? undefined,
        lifecycle: r.lifecycle ?? undefined,
        system: r.system ?? undefined,
        status: r.status,
        level: r.level,
        severity: r.severity,
        evidence: JSON.parse(r.evidence),
        evaluatedAt: toDate(r.scored_at),
        exempted:
          exempted.has(r.entity_ref) &&
          (r.status === 'fail' || r.status === 'error'),
      })),
      nextCursor:
        rows.length > options.limit && last
          ? encodeCursor({
              s: sort,
              o: 'asc',
              k: last.entity_ref,
              r: last.entity_ref,
            })
          : undefined,
    };
  }

  /** Counts failures per check over the set; an exempted failure does not count. */
  private async mostFailedChecks(
    filters: RollupFilters | undefined,
    exempted: Map<string, ExemptedEntity>,
  ): Promise<FailedCheckCount[]> {
    const inSet = (query: Knex.QueryBuilder) =>
      hasFilters(filters)
        ? query.whereIn(
            'r.entity_ref',
            this.filtered(this.db('stackscore_entities as e'), filters).select(
              'e.entity_ref',
            ),
          )
        : query;
    const failingRows = await inSet(
      this.db('stackscore_check_results as r').where('r.status', 'fail'),
    )
      .groupBy('r.check_id')
      .select('r.check_id')
      .count({ n: '*' });
    const failing = new Map<string, number>(
      (failingRows as any[]).map(r => [r.check_id, Number(r.n)]),
    );
    for (const e of exempted.values()) {
      for (const result of e.results) {
        if (
          result.status === 'fail' &&
          e.exemptedCheckIds.has(result.checkId)
        ) {
          failing.set(result.checkId, (failing.get(result.checkId) ?? 1) - 1);
        }
      }
    }
    const top = [...failing.entries()]
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]))
      .slice(0, mostFailedLimit);
    if (top.length === 0) return [];
    const applicableRows = await inSet(
      this.db('stackscore_check_results as r')
        .whereIn(
          'r.check_id',
          top.map(([id]) => id),
        )
        .whereNot('r.status', 'not-applicable'),
    )
      .groupBy('r.check_id')
      .select('r.check_id')
      .count({ n: '*' });
    const applicable = new Map<string, number>(
      (applicableRows as any[]).map(r => [r.check_id, Number(r.n)]),
    );
    return top.map(([checkId, n]) => ({
      checkId,
      failing: n,
      applicable: applicable.get(checkId) ?? n,
    }));
  }

  /** Entities of `refs` with active exemptions, recomputed from their stored results. */
  private async loadExempted(
    refs: readonly string[],
  ): Promise<Map<string, ExemptedEntity>> {
    const checkIds = new Map<string, Set<string>>();
    const at = this.now();
    for (const batch of chunks(refs, refChunkSize)) {
      for (const x of await this.exemptions.activeExemptions(batch, at)) {
        const ids = checkIds.get(x.entityRef) ?? new Set<string>();
        ids.add(x.checkId);
        checkIds.set(x.entityRef, ids);
      }
    }
    const out = new Map<string, ExemptedEntity>();
    for (const batch of chunks([...checkIds.keys()], refChunkSize)) {
      const [rows, results] = await Promise.all([
        this.db('stackscore_entities as e')
          .whereIn('e.entity_ref', batch)
          .select(...entityColumns) as Promise<EntityRow[]>,
        this.db('stackscore_check_results')
          .whereIn('entity_ref', batch)
          .orderBy('check_id') as Promise<ResultRow[]>,
      ]);
      const byRef = new Map<string, CheckResult[]>();
      for (const r of results) {
        byRef.set(r.entity_ref, [
          ...(byRef.get(r.entity_ref) ?? []),
          {
            checkId: r.check_id,
            scorecard: r.scorecard,
            level: r.level,
            severity: r.severity,
            status: r.status,
            evidence: JSON.parse(r.evidence),
          },
        ]);
      }
      for (const row of rows) {
        const exemptedCheckIds = checkIds.get(row.entity_ref)!;
        const recomputed = applyExemptions(
          byRef.get(row.entity_ref) ?? [],
          exemptedCheckIds,
        );
        out.set(row.entity_ref, {
          row,
          results: recomputed.results,
          scorecards: recomputed.scorecards,
          exemptedCheckIds,
        });
      }
    }
    return out;
  }

  private sortKeySql(sort: RollupSort): {
    sql: string;
    bindings: string[];
  } {
    if (sort === 'name') {
      return { sql: `e.name${this.collate}`, bindings: [] };
    }
    if (sort === 'score') {
      return {
        sql: 'coalesce((select avg(s2.score) from stackscore_scorecard_scores s2 where s2.entity_ref = e.entity_ref and s2.applicable > 0), -1)',
        bindings: [],
      };
    }
    return {
      sql: 'coalesce((select s2.score from stackscore_scorecard_scores s2 where s2.entity_ref = e.entity_ref and s2.scorecard = ? and s2.applicable > 0), -1)',
      bindings: [sort],
    };
  }

  private filtered(
    query: Knex.QueryBuilder,
    filters: RollupFilters | undefined,
  ): Knex.QueryBuilder {
    if (!filters) return query;
    if (filters.owner) query.where('e.owner', filters.owner);
    if (filters.lifecycle) query.where('e.lifecycle', filters.lifecycle);
    if (filters.system) query.where('e.system', filters.system);
    if (filters.kind) {
      query.whereRaw('lower(e.kind) = ?', [
        filters.kind.toLocaleLowerCase('en-US'),
      ]);
    }
    if (filters.tag) {
      // Tags are a JSON array of strings; match the quoted element.
      query.whereRaw(`e.tags like ? escape '\\'`, [
        `%${escapeLike(JSON.stringify(filters.tag))}%`,
      ]);
    }
    return query;
  }
}

function hasFilters(filters: RollupFilters | undefined): boolean {
  return Boolean(
    filters &&
      (filters.owner ||
        filters.lifecycle ||
        filters.system ||
        filters.kind ||
        filters.tag),
  );
}
