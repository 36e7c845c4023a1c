import Chip from '@material-ui/core/Chip';
import type {
  ScorecardLevel,
  ScorecardScore,
} from '@stackscore/plugin-stackscore-common';

/**
 * Background and text colour of each level, used by chips, charts and heatmap legends alike so a level looks
 * the same everywhere.
 *
 * @internal
 */
export const levelColours: Record<
  ScorecardLevel,
  { background: string; text: string }
> = {
  gold: { background: '#b8860b', text: '#fff' },
  silver: { background: '#7d8a96', text: '#fff' },
  bronze: { background: '#a86b32', text: '#fff' },
  none: { background: '#e0e0e0', text: '#333' },
};

/**
 * Levels from lowest to highest, the order distributions and legends use.
 *
 * @internal
 */
export const levelOrder: readonly ScorecardLevel[] = [
  'none',
  'bronze',
  'silver',
  'gold',
];

/**
 * A level as a coloured chip.
 *
 * @internal
 */
export function LevelBadge({ level }: { level: ScorecardLevel }) {
  const colours = levelColours[level];
  return (
    <Chip
      size="small"
      label={level}
      aria-label={`level ${level}`}
      style={{ backgroundColor: colours.background, color: colours.text }}
    />
  );
}

/**
 * A scorecard's level as a coloured chip; "n/a" when nothing applies.
 *
 * @internal
 */
export function LevelChip({ score }: { score: ScorecardScore }) {
  if (score.applicable === 0) {
    const colours = levelColours.none;
    return (
      <Chip
        size="small"
        label="n/a"
        aria-label="level n/a"
        style={{ backgroundColor: colours.background, color: colours.text }}
      />
    );
  }
  return <LevelBadge level={score.level} />;
}

/**
 * A score as a whole percentage.
 *
 * @internal
 */
export const percent = (score: number) => `${Math.round(score * 100)}%`;
