import Typography from '@material-ui/core/Typography';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  ScorecardId,
  getScorecard,
  scorecardIds,
} from '@stackscore/plugin-stackscore-common';
import { percent } from './levels';

/** One colour per scorecard, distinct from the level colours so lines are not read as levels. */
const scorecardColours: Record<ScorecardId, string> = {
  slo: '#1f77b4',
  observability: '#9467bd',
  security: '#d62728',
  'supply-chain': '#2ca02c',
};

/**
 * One score of one scorecard on one day.
 *
 * @internal
 */
export interface TrendPoint {
  day: string;
  scorecard: ScorecardId;
  score: number;
}

/** One row per day with a column per scorecard, the shape recharts plots. */
function byDay(points: readonly TrendPoint[]) {
  const rows = new Map<string, Record<string, number | string>>();
  for (const point of points) {
    const row = rows.get(point.day) ?? { day: point.day };
    row[point.scorecard] = point.score;
    rows.set(point.day, row);
  }
  return [...rows.values()].sort((a, b) =>
    String(a.day).localeCompare(String(b.day)),
  );
}

/**
 * Daily scores per scorecard as lines (0–100 %); a short message instead of an empty chart when there are
 * fewer than two days to draw.
 *
 * @internal
 */
export function ScoreTrendChart({
  points,
  height = 240,
}: {
  points: readonly TrendPoint[];
  height?: number;
}) {
  const rows = byDay(points);
  if (rows.length < 2) {
    return (
      <Typography variant="body2" color="textSecondary">
        {rows.length === 0
          ? 'No history yet: a point is recorded for each day scores are stored.'
          : 'Only one day recorded so far; the trend appears from the second day.'}
      </Typography>
    );
  }
  const present = scorecardIds.filter(id =>
    points.some(p => p.scorecard === id),
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" tick={{ fontSize: 12 }} />
        <YAxis
          domain={[0, 1]}
          tickFormatter={(value: number) => percent(value)}
          tick={{ fontSize: 12 }}
          width={44}
        />
        <Tooltip
          formatter={(value, name) => [
            percent(Number(value)),
            getScorecard(String(name))?.title ?? String(name),
          ]}
        />
        <Legend
          formatter={(value: string) => getScorecard(value)?.title ?? value}
        />
        {present.map(id => (
          <Line
            key={id}
            type="monotone"
            dataKey={id}
            stroke={scorecardColours[id]}
            dot={false}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
