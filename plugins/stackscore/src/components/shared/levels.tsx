import Chip from '@material-ui/core/Chip';
import type { ScorecardScore } from '@stackscore/plugin-stackscore-common';

const levelColours: Record<string, { background: string; text: string }> = {
  gold: { background: '#b8860b', text: '#fff' },
  silver: { background: '#7d8a96', text: '#fff' },
  bronze: { background: '#a86b32', text: '#fff' },
  none: { background: '#e0e0e0', text: '#333' },
};

/**
 * A scorecard's level as a coloured chip; "n/a" when nothing applies.
 *
 * @internal
 */
export function LevelChip({ score }: { score: ScorecardScore }) {
  const label = score.applicable === 0 ? 'n/a' : score.level;
  const colours = levelColours[score.applicable === 0 ? 'none' : score.level];
  return (
    <Chip
      size="small"
      label={label}
      style={{ backgroundColor: colours.background, color: colours.text }}
    />
  );
}

/**
 * A score as a whole percentage.
 *
 * @internal
 */
export const percent = (score: number) => `${Math.round(score * 100)}%`;
