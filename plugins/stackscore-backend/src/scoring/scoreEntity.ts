import {
  CheckResult,
  EntityFacts,
  EntityScores,
  computeScorecardScore,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';

/**
 * Scores per scorecard from an entity's results, in the contract shape the API and CLI share.
 *
 * @internal
 */
export function scoreEntity(
  facts: EntityFacts,
  results: CheckResult[],
): EntityScores {
  return {
    entity: {
      kind: facts.catalog.kind,
      namespace: facts.catalog.namespace,
      name: facts.catalog.name,
    },
    ecosystems: facts.ecosystems,
    scorecards: scorecardIds.map(id => computeScorecardScore(id, results)),
    results,
  };
}
