import { useState } from 'react';
import {
  Content,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  checkLevels,
  getScorecard,
  stackscoreExemptionCreatePermission,
} from '@stackscore/plugin-stackscore-common';
import { LevelChip, percent } from '../shared/levels';
import { useEntityScores } from '../shared/useEntityScores';
import { CheckRow } from './CheckRow';
import { ScoreHistory } from './ScoreHistory';

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
  const { allowed: canRequestExemption } = usePermission({
    permission: stackscoreExemptionCreatePermission,
    resourceRef: stringifyEntityRef(ref),
  });

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
  const exemptions = new Map(
    (value?.exemptions ?? []).filter(e => e.active).map(e => [e.checkId, e]),
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
            <Grid
              item
              xs={12}
              key={card.id}
              data-testid={`scorecard-${card.id}`}
            >
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
                            entityRef={value.entityRef}
                            result={result}
                            definition={definitions.get(result.checkId)}
                            exemption={exemptions.get(result.checkId)}
                            canRequestExemption={canRequestExemption}
                            onExempted={retry}
                          />
                        ))}
                      </List>
                    </Box>
                  );
                })}
              </InfoCard>
            </Grid>
          ))}
          <Grid item xs={12}>
            <ScoreHistory entity={ref} version={value.scoredAt} />
          </Grid>
        </Grid>
      )}
    </Content>
  );
}
