import { useState } from 'react';
import {
  Content,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import {
  CheckDefinition,
  CheckResult,
  checkLevels,
  getScorecard,
  guidanceDocuments,
} from '@stackscore/plugin-stackscore-common';
import { LevelChip, percent } from '../shared/levels';
import { useEntityScores } from '../shared/useEntityScores';

const statusColours: Record<string, string> = {
  pass: '#2e7d32',
  fail: '#c62828',
  error: '#ef6c00',
  'not-applicable': '#757575',
};

function StatusChip({ result }: { result: CheckResult }) {
  const label = result.exempted ? 'exempted' : result.status;
  return (
    <Chip
      size="small"
      label={label}
      style={{
        backgroundColor: result.exempted
          ? '#5c6bc0'
          : statusColours[result.status],
        color: '#fff',
      }}
    />
  );
}

/** "Why" line: the guidance the check comes from, by document and section. */
function why(definition: CheckDefinition | undefined) {
  if (!definition || definition.references.length === 0) return undefined;
  return definition.references
    .map(r => {
      const title =
        guidanceDocuments[r.document as keyof typeof guidanceDocuments]
          ?.title ?? r.document;
      return `${title} — ${r.section}`;
    })
    .join('; ');
}

function CheckRow({
  result,
  definition,
}: {
  result: CheckResult;
  definition: CheckDefinition | undefined;
}) {
  const because = why(definition);
  return (
    <ListItem divider alignItems="flex-start">
      <ListItemText
        disableTypography
        primary={
          <Box display="flex" alignItems="center" gridGap={8}>
            <StatusChip result={result} />
            <Typography variant="subtitle2">
              {definition?.title ?? result.checkId}
            </Typography>
            <Typography variant="caption" color="textSecondary">
              {result.checkId} · {result.severity}
            </Typography>
          </Box>
        }
        secondary={
          <Box mt={1}>
            {result.evidence.map((e, index) => (
              <Typography key={index} variant="body2">
                {e.message}
                {e.file && (
                  <Typography
                    component="span"
                    variant="caption"
                    color="textSecondary"
                  >
                    {' '}
                    ({e.file}
                    {e.line ? `:${e.line}` : ''})
                  </Typography>
                )}
              </Typography>
            ))}
            {result.status === 'fail' && !result.exempted && definition && (
              <Typography variant="body2">
                <strong>Fix:</strong> {definition.remediation.summary}
              </Typography>
            )}
            {because && (
              <Typography variant="caption" color="textSecondary">
                Why: {because}
              </Typography>
            )}
          </Box>
        }
      />
    </ListItem>
  );
}

/**
 * The component tab: every scorecard's checks grouped by level, with status, evidence, how to fix and the
 * guidance behind each check; active exemptions are shown as such; "Rescore now" scores the component again.
 *
 * @public
 */
export function EntityStackscoreContent() {
  const { value, loading, error, retry, ref, api } = useEntityScores();
  const catalogue = useAsync(() => api.getChecks(), [api]);
  const [rescoring, setRescoring] = useState(false);
  const [rescoreError, setRescoreError] = useState<Error>();

  const rescore = async () => {
    setRescoring(true);
    setRescoreError(undefined);
    try {
      await api.refreshEntity(ref);
      retry();
    } catch (e) {
      setRescoreError(e as Error);
    } finally {
      setRescoring(false);
    }
  };

  if (loading || catalogue.loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (catalogue.error) return <ResponseErrorPanel error={catalogue.error} />;

  const definitions = new Map(
    (catalogue.value?.items ?? []).map(d => [d.id, d] as const),
  );
  const rescoreButton = (
    <Button
      variant="outlined"
      color="primary"
      disabled={rescoring}
      onClick={rescore}
    >
      {rescoring ? 'Rescoring…' : 'Rescore now'}
    </Button>
  );

  return (
    <Content>
      <Box
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        mb={2}
      >
        <Typography variant="body2" color="textSecondary">
          {value
            ? `Scored ${new Date(value.scoredAt).toLocaleString()}${
                value.ecosystems.length
                  ? ` · ${value.ecosystems.join(', ')}`
                  : ''
              }`
            : 'Not scored yet'}
        </Typography>
        {rescoreButton}
      </Box>
      {rescoreError && <ResponseErrorPanel error={rescoreError} />}
      {!value && (
        <Typography variant="body2">
          This component has not been scored yet. Rescore it now, or wait for
          the next scoring run.
        </Typography>
      )}
      {value?.source.problem && (
        <Typography variant="body2" paragraph>
          No repository was read: {value.source.problem}. Connect one with the{' '}
          <code>stackscore.io/source-dir</code> or{' '}
          <code>backstage.io/source-location</code> annotation.
        </Typography>
      )}
      {value && (
        <Grid container spacing={3}>
          {value.scorecards.map(card => (
            <Grid item xs={12} key={card.id}>
              <InfoCard
                title={
                  <Box display="flex" alignItems="center" gridGap={12}>
                    {getScorecard(card.id)?.title ?? card.id}
                    <LevelChip score={card} />
                  </Box>
                }
                subheader={
                  card.applicable === 0
                    ? 'No check applies'
                    : `${percent(card.score)} — ${card.passed} of ${
                        card.applicable
                      } applicable checks pass`
                }
              >
                {checkLevels.map(level => {
                  const results = value.results.filter(
                    r => r.scorecard === card.id && r.level === level,
                  );
                  if (results.length === 0) return null;
                  return (
                    <Box key={level} mb={2}>
                      <Typography variant="overline">{level}</Typography>
                      <List dense disablePadding>
                        {results.map(result => (
                          <CheckRow
                            key={result.checkId}
                            result={result}
                            definition={definitions.get(result.checkId)}
                          />
                        ))}
                      </List>
                    </Box>
                  );
                })}
              </InfoCard>
            </Grid>
          ))}
        </Grid>
      )}
    </Content>
  );
}
