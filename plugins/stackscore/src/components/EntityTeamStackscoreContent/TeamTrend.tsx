import { useMemo } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import type { TeamHistoryResponse } from '@stackscore/plugin-stackscore-common';
import { ScoreTrendChart, TrendPoint } from '../shared/ScoreTrendChart';

/**
 * The group's mean score per scorecard over time. Loaded alongside the scores rather than after them, so it
 * takes its own loading and error states instead of holding up the page.
 *
 * @internal
 */
export function TeamTrend({
  history,
  loading,
  error,
}: {
  history?: TeamHistoryResponse;
  loading: boolean;
  error?: Error;
}) {
  const points = useMemo<TrendPoint[]>(
    () =>
      (history?.points ?? []).map(point => ({
        day: point.day,
        scorecard: point.scorecard,
        score: point.averageScore,
      })),
    [history],
  );
  const subheader = history
    ? `Mean score per scorecard, ${history.from} to ${history.to}`
    : 'Mean score per scorecard';

  let body;
  if (loading && !history) body = <Progress />;
  else if (error) body = <ResponseErrorPanel error={error} />;
  else body = <ScoreTrendChart points={points} />;

  return (
    <InfoCard title="Trend" subheader={subheader}>
      {body}
    </InfoCard>
  );
}
