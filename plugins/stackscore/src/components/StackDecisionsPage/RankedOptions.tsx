import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  StackRecommendRequest,
  StackRecommendResponse,
} from '@stackscore/plugin-stackscore-common';
import { citation } from '../shared/guidance';
import { languageName } from './names';

/**
 * One ranked option of a stack recommendation.
 *
 * @internal
 */
export type StackOption = StackRecommendResponse['ranked'][number];

/**
 * What "Record as decision" hands over: the option chosen, its rank, the whole ranking and the request that
 * produced it, and the team it is for.
 *
 * @internal
 */
export interface StackDecisionDraft {
  option: StackOption;
  rank: number;
  ranked: StackOption[];
  request: StackRecommendRequest;
  /** Group entity ref, when a team was selected. */
  team?: string;
}

const useStyles = makeStyles(theme => ({
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  option: {
    display: 'flex',
    gap: theme.spacing(2),
    padding: theme.spacing(2, 0),
    '& + &': {
      borderTop: `1px solid ${theme.palette.divider}`,
    },
  },
  rank: {
    flex: '0 0 auto',
    width: theme.spacing(5),
    height: theme.spacing(5),
    borderRadius: '50%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontWeight: 700,
    fontSize: theme.typography.h6.fontSize,
    background: theme.palette.primary.main,
    color: theme.palette.primary.contrastText,
  },
  body: {
    flex: 1,
    minWidth: 0,
  },
  items: {
    margin: theme.spacing(0.5, 0, 1),
    paddingLeft: theme.spacing(2.5),
  },
  cite: {
    display: 'block',
    color: theme.palette.text.secondary,
  },
}));

/** A score to one decimal; the recommender adds halves and quarters. */
const formatScore = (score: number) => (Math.round(score * 10) / 10).toString();

/**
 * The recommendation, best first: rank, language, score, suggested frameworks with why, and every reason
 * with the guidance it comes from.
 *
 * @internal
 */
export function RankedOptions({
  ranked,
  onRecordDecision,
}: {
  ranked: StackOption[];
  onRecordDecision?: (option: StackOption, rank: number) => void;
}) {
  const classes = useStyles();
  return (
    <InfoCard
      title="Ranked options"
      titleTypographyProps={{ component: 'h2' }}
      subheader="Best fit first; every reason cites the guidance it comes from"
    >
      <ol className={classes.list} aria-label="Ranked options">
        {ranked.map((option, i) => {
          const name = languageName(option.language);
          return (
            // Named, so the options can be told from the framework and reason items nested in them.
            <li
              key={option.language}
              className={classes.option}
              aria-label={`${i + 1}. ${name}`}
            >
              <span className={classes.rank} aria-hidden="true">
                {i + 1}
              </span>
              <div className={classes.body}>
                <Box display="flex" alignItems="baseline" flexWrap="wrap">
                  <Typography variant="h6" component="h3">
                    {name}
                  </Typography>
                  <Typography
                    variant="body2"
                    color="textSecondary"
                    style={{ marginLeft: 12 }}
                  >
                    Rank {i + 1} · score {formatScore(option.score)}
                  </Typography>
                  {onRecordDecision && (
                    <Box ml="auto">
                      <Button
                        size="small"
                        variant="outlined"
                        aria-label={`Record ${name} as decision`}
                        onClick={() => onRecordDecision(option, i + 1)}
                      >
                        Record as decision
                      </Button>
                    </Box>
                  )}
                </Box>
                {option.frameworks.length > 0 && (
                  <>
                    <Typography variant="subtitle2" component="h4">
                      Frameworks
                    </Typography>
                    <ul className={classes.items}>
                      {option.frameworks.map(framework => (
                        <li key={framework.name}>
                          <Typography variant="body2">
                            <strong>{framework.name}</strong> — {framework.why}
                          </Typography>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <Typography variant="subtitle2" component="h4">
                  Why
                </Typography>
                {option.reasons.length === 0 ? (
                  <Typography variant="body2" color="textSecondary">
                    Nothing in the request speaks for or against it.
                  </Typography>
                ) : (
                  <ul className={classes.items}>
                    {option.reasons.map((reason, j) => (
                      <li key={j}>
                        <Typography variant="body2">{reason.text}</Typography>
                        <Typography
                          variant="caption"
                          component="cite"
                          className={classes.cite}
                        >
                          {citation(reason.reference)}
                        </Typography>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </InfoCard>
  );
}
