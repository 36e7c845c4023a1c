import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { getScorecard } from '@stackscore/plugin-stackscore-common';
import type { EntityHistoryResponse } from '@stackscore/plugin-stackscore-common';
import { LevelChip, percent } from '../shared/levels';
import { useEntityScores } from '../shared/useEntityScores';

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Score change per scorecard against the oldest point of the last seven days. */
function trends(history: EntityHistoryResponse | undefined) {
  const change = new Map<string, number>();
  if (!history) return change;
  const byScorecard = new Map<string, EntityHistoryResponse['points']>();
  for (const point of history.points) {
    byScorecard.set(point.scorecard, [
      ...(byScorecard.get(point.scorecard) ?? []),
      point,
    ]);
  }
  for (const [scorecard, points] of byScorecard) {
    if (points.length < 2) continue;
    change.set(scorecard, points[points.length - 1].score - points[0].score);
  }
  return change;
}

function Trend({ delta }: { delta: number | undefined }) {
  if (delta === undefined) {
    return <Typography variant="caption">no change data yet</Typography>;
  }
  if (Math.abs(delta) < 0.005) {
    return <Typography variant="caption">unchanged since last week</Typography>;
  }
  const sign = delta > 0 ? '+' : '−';
  return (
    <Typography variant="caption">
      {sign}
      {percent(Math.abs(delta))} since last week
    </Typography>
  );
}

/**
 * The component overview card: the four scorecards with level, score and trend, and when it was scored.
 *
 * @public
 */
export function EntityStackscoreCard() {
  const { value, loading, error, ref, api } = useEntityScores();
  const history = useAsync(async () => {
    if (!value) return undefined;
    const now = new Date();
    return api.getEntityHistory(ref, {
      from: day(new Date(now.getTime() - 7 * 86_400_000)),
      to: day(now),
    });
  }, [value]);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;

  if (!value) {
    return (
      <InfoCard title="Stackscore">
        <Typography variant="body2">
          Not scored yet. Scores appear after the next scoring run; give the
          component a <code>stackscore.io/source-dir</code> or{' '}
          <code>backstage.io/source-location</code> annotation so its repository
          can be read.
        </Typography>
      </InfoCard>
    );
  }

  const change = trends(history.value);
  return (
    <InfoCard
      title="Stackscore"
      subheader={`Scored ${new Date(value.scoredAt).toLocaleString()}`}
      deepLink={{ title: 'All checks', link: 'stackscore' }}
    >
      {value.source.problem && (
        <Typography variant="body2" color="textSecondary" paragraph>
          No repository was read: {value.source.problem}
        </Typography>
      )}
      <Table size="small" aria-label="Scorecards">
        <TableBody>
          {value.scorecards.map(card => (
            <TableRow key={card.id}>
              <TableCell>
                <Link to="stackscore">
                  {getScorecard(card.id)?.title ?? card.id}
                </Link>
              </TableCell>
              <TableCell>
                <LevelChip score={card} />
              </TableCell>
              <TableCell>
                {card.applicable === 0
                  ? '—'
                  : `${percent(card.score)} (${card.passed}/${
                      card.applicable
                    })`}
              </TableCell>
              <TableCell>
                <Trend delta={change.get(card.id)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
