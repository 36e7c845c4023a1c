import TableCell from '@material-ui/core/TableCell';
import type { ScorecardLevel } from '@stackscore/plugin-stackscore-common';
import { levelColours, percent } from './levels';

/**
 * Red for 0 through amber to green for 1, so a heatmap reads at a glance without a legend.
 *
 * @internal
 */
export function scoreColour(score: number): string {
  const clamped = Math.min(1, Math.max(0, score));
  const hue = Math.round(clamped * 120);
  return `hsl(${hue}, 65%, 42%)`;
}

/**
 * One heatmap cell: the score as a percentage on a colour from red to green, with the level (when the
 * figure has one; a mean does not) as a tooltip and an underline in the level's colour; "n/a" when the
 * scorecard does not apply.
 *
 * @internal
 */
export function ScoreCell({
  value,
}: {
  value?: { level?: ScorecardLevel; score: number };
}) {
  if (!value) {
    return (
      <TableCell align="center" style={{ color: '#757575' }}>
        n/a
      </TableCell>
    );
  }
  return (
    <TableCell
      align="center"
      title={
        value.level
          ? `${value.level} · ${percent(value.score)}`
          : percent(value.score)
      }
      style={{
        backgroundColor: scoreColour(value.score),
        color: '#fff',
        fontWeight: 600,
        boxShadow: value.level
          ? `inset 0 -4px 0 ${levelColours[value.level].background}`
          : undefined,
      }}
    >
      {percent(value.score)}
    </TableCell>
  );
}
