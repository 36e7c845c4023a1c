import Typography from '@material-ui/core/Typography';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CampaignBurnDownPoint } from '@stackscore/plugin-stackscore-common';

/**
 * Entities not yet compliant per day against the straight line to zero at the deadline.
 *
 * @internal
 */
export function BurnDownChart({
  points,
  deadline,
  height = 260,
}: {
  points: readonly CampaignBurnDownPoint[];
  deadline: string;
  height?: number;
}) {
  if (points.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        The burn-down starts on the campaign's start date.
      </Typography>
    );
  }
  return (
    <div aria-label="Burn-down chart" role="img">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={points as CampaignBurnDownPoint[]}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line
            type="stepAfter"
            dataKey="remaining"
            name="Not yet compliant"
            stroke="#c62828"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="ideal"
            name="On track"
            stroke="#9e9e9e"
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
          />
          {points.some(p => p.day === deadline) && (
            <ReferenceLine x={deadline} stroke="#1565c0" label="Deadline" />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
