import { InfoCard } from '@backstage/core-components';
import type { OverviewResponse } from '@stackscore/plugin-stackscore-common';
import { ScorecardRollupList } from '../shared/ScorecardRollupList';

/**
 * Organisation-wide figures: how many entities are scored and, per scorecard, the mean score and how many
 * entities reach each level.
 *
 * @internal
 */
export function OrganisationTotals({
  totals,
}: {
  totals: OverviewResponse['totals'];
}) {
  return (
    <InfoCard
      title="Organisation"
      subheader={`${totals.entities} ${
        totals.entities === 1 ? 'entity' : 'entities'
      } scored`}
    >
      <ScorecardRollupList rollup={totals} />
    </InfoCard>
  );
}
