import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import {
  type CheckResult,
  checkCatalogue,
  computeScorecardScore,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { DatabaseExemptionStore } from '../../database/DatabaseExemptionStore';
import { DatabaseRunStore } from '../../database/DatabaseRunStore';
import { DatabaseScoreStore } from '../../database/DatabaseScoreStore';

/** The team most seeded services belong to, and its subgroup. */
export const seededTeams = {
  team: 'group:default/platform',
  subgroup: 'group:default/platform-web',
};

/** Test-only: the groups of the seeded organisation, for a mocked catalog. */
export const seededGroups: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'platform', namespace: 'default', title: 'Platform' },
    spec: { type: 'team', children: ['platform-web'] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'platform-web', namespace: 'default' },
    spec: { type: 'team', parent: 'platform', children: [] },
  },
];

/** Deterministic pseudo-random numbers, so every seeding stores the same organisation. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * Test-only: stores scores for `count` services through the stores (every check of the catalogue, a mix of
 * statuses), half owned by the platform team and some by its subgroup, plus finished runs and exemptions.
 * Returns the seeded entity names.
 */
export async function seedOrganisation(
  db: Knex,
  count: number,
): Promise<string[]> {
  const scores = await DatabaseScoreStore.create({ db });
  const runs = await DatabaseRunStore.create({ db });
  const exemptions = await DatabaseExemptionStore.create({ db });
  const next = random(7);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `service-${String(i).padStart(4, '0')}`;
    names.push(name);
    const results: CheckResult[] = checkCatalogue.map(check => {
      const roll = next();
      let status: CheckResult['status'] = 'pass';
      if (roll < 0.1) status = 'not-applicable';
      else if (roll < 0.35) status = 'fail';
      else if (roll < 0.37) status = 'error';
      return {
        checkId: check.id,
        scorecard: check.scorecard,
        level: check.level,
        severity: check.severity,
        status,
        evidence: [
          { message: `${check.id} ${status}`, file: 'ci.yml', line: i },
        ],
      };
    });
    let owner = `group:default/team-${i % 10}`;
    if (i < count / 2) owner = seededTeams.team;
    if (i < count / 8) owner = seededTeams.subgroup;
    await scores.saveScores({
      entity: {
        entityRef: `component:default/${name}`,
        kind: 'Component',
        namespace: 'default',
        name,
        owner,
        system: `system:default/system-${i % 7}`,
        lifecycle: i % 3 ? 'production' : 'experimental',
        type: 'service',
        tags: i % 4 ? ['go'] : ['go', 'pci'],
        ecosystems: ['go'],
      },
      snapshot: { entityHash: `hash-${i}`, catalogueVersion: 'seed' },
      scores: {
        entity: { kind: 'Component', namespace: 'default', name },
        ecosystems: ['go'],
        results,
        scorecards: scorecardIds.map(id => computeScorecardScore(id, results)),
      },
      scoredAt: new Date(),
    });
  }
  for (let i = 0; i < 30; i++) {
    const run = await runs.createRun({ trigger: 'schedule', total: count });
    await runs.finishRun(run.id, {
      status: i % 5 ? 'succeeded' : 'partial',
      done: count,
      failed: i % 5 ? 0 : 1,
      skipped: 0,
      failures:
        i % 5 ? [] : [{ entityRef: 'component:default/x', message: 'timeout' }],
    });
  }
  for (let i = 0; i < 10; i++) {
    await exemptions.createExemption({
      entityRef: `component:default/${names[i * 3]}`,
      checkId: checkCatalogue[i].id,
      reason: 'seeded',
      createdBy: 'user:default/seed',
      expiresAt: new Date(Date.now() + 86_400_000),
    });
  }
  return names;
}
