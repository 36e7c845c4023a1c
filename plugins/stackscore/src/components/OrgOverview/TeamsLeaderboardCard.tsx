import { InfoCard } from '@backstage/core-components';
import { OverviewTeam, TeamsLeaderboard } from '../TeamsLeaderboard';
import { teamsLink } from './links';

/**
 * The best teams by mean score, with a link to the Teams tab that lists every one of them.
 *
 * @internal
 */
export function TeamsLeaderboardCard({
  teams,
  size,
}: {
  teams: readonly OverviewTeam[];
  size: number;
}) {
  const shown = Math.min(size, teams.length);
  return (
    <InfoCard
      title="Teams leaderboard"
      subheader={`Top ${shown} of ${teams.length} by mean score over their scorecards`}
      deepLink={
        teams.length > shown
          ? { title: 'All teams', link: teamsLink }
          : undefined
      }
      noPadding
    >
      <TeamsLeaderboard teams={teams} limit={size} />
    </InfoCard>
  );
}
