import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  LevelDistribution,
  ScorecardLevel,
} from '@stackscore/plugin-stackscore-common';
import { levelColours, levelOrder } from './levels';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    width: '100%',
    overflow: 'hidden',
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.action.hover,
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 2),
    marginTop: theme.spacing(0.5),
  },
  swatch: {
    display: 'inline-block',
    width: 10,
    height: 10,
    borderRadius: 2,
    marginRight: theme.spacing(0.5),
    // 'none' is a light grey that would vanish on a light background without an edge.
    border: `1px solid ${theme.palette.divider}`,
  },
}));

/**
 * "none 2, bronze 1, silver 0, gold 3": the whole distribution in words, for screen readers and tooltips.
 *
 * @internal
 */
export function describeDistribution(distribution: LevelDistribution): string {
  return levelOrder
    .map(level => `${level} ${distribution[level] ?? 0}`)
    .join(', ');
}

/**
 * The level colours with, when given, how many services sit at each level.
 *
 * @internal
 */
export function LevelLegend({
  distribution,
}: {
  distribution?: LevelDistribution;
}) {
  const classes = useStyles();
  return (
    <Box className={classes.legend}>
      {levelOrder.map(level => (
        <Typography
          key={level}
          variant="caption"
          color="textSecondary"
          component="span"
        >
          <span
            className={classes.swatch}
            style={{ backgroundColor: levelColours[level].background }}
          />
          {distribution ? `${level} ${distribution[level] ?? 0}` : level}
        </Typography>
      ))}
    </Box>
  );
}

/**
 * How many services sit at each level of one scorecard, as stacked segments from none to gold; services that
 * reach no level are included so the bar always adds up to every service the scorecard applies to. The full
 * bar has a legend with counts; the compact one is a thin strip for cards, with the counts in its label.
 *
 * @internal
 */
export function LevelDistributionBar({
  distribution,
  label,
  compact = false,
}: {
  distribution: LevelDistribution;
  /** What the bar is about (the scorecard's title), for its accessible name. */
  label: string;
  compact?: boolean;
}) {
  const classes = useStyles();
  const total = levelOrder.reduce(
    (sum, level) => sum + (distribution[level] ?? 0),
    0,
  );
  const description = describeDistribution(distribution);
  const segments = levelOrder.filter(
    (level): level is ScorecardLevel => (distribution[level] ?? 0) > 0,
  );
  return (
    <Box>
      <div
        role="img"
        aria-label={`${label}: ${description}`}
        title={description}
        className={classes.bar}
        style={{ height: compact ? 8 : 16 }}
      >
        {total > 0 &&
          segments.map(level => (
            <div
              key={level}
              title={`${level}: ${distribution[level]}`}
              style={{
                width: `${(distribution[level] / total) * 100}%`,
                backgroundColor: levelColours[level].background,
              }}
            />
          ))}
      </div>
      {!compact && <LevelLegend distribution={distribution} />}
    </Box>
  );
}
