import { useState } from 'react';
import { ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type {
  StackRecommendRequest,
  StackRecommendResponse,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { TeamSelector, useTeamQuery } from '../shared/TeamSelector';
import { CurrentStack } from './CurrentStack';
import { RankedOptions, StackDecisionDraft } from './RankedOptions';
import { RequirementsForm } from './RequirementsForm';

/**
 * Props of {@link StackDecisionsPage}.
 *
 * @internal
 */
export interface StackDecisionsPageProps {
  /**
   * Offers "Record as decision" on each ranked option and receives the choice. Without it no such action is
   * shown.
   */
  onRecordDecision?: (recommendation: StackDecisionDraft) => void;
}

/**
 * The Stack decisions tab: the guidance's backend decision framework as a form. A team states requirements
 * and constraints and gets languages ranked with frameworks and cited reasons; with a team selected
 * (`?team=group:default/payments`) its current stack is shown beside, per service with findings.
 *
 * @internal
 */
export function StackDecisionsPage(props: StackDecisionsPageProps) {
  const { onRecordDecision } = props;
  const api = useApi(stackscoreApiRef);
  const { ref, invalid, setTeam } = useTeamQuery();
  const [request, setRequest] = useState<StackRecommendRequest>();
  const [result, setResult] = useState<StackRecommendResponse>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<Error>();

  const recommend = async (next: StackRecommendRequest) => {
    setSubmitting(true);
    setError(undefined);
    try {
      setResult(await api.recommendStack(next));
      setRequest(next);
    } catch (e) {
      setError(e as Error);
      setResult(undefined);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <Box mb={3}>
        <TeamSelector value={ref} onChange={team => setTeam(team)} />
        {invalid && (
          <Typography variant="body2" color="error">
            “{invalid}” is not a group reference such as group:default/payments.
          </Typography>
        )}
        {!ref && !invalid && (
          <Typography variant="body2" color="textSecondary">
            Pick a team to see its current stack next to the recommendation.
          </Typography>
        )}
      </Box>
      <Grid container spacing={3}>
        <Grid item xs={12} lg={ref ? 6 : 12}>
          <RequirementsForm submitting={submitting} onSubmit={recommend} />
          {submitting && <LinearProgress />}
          {error && (
            <Box mt={2}>
              <ResponseErrorPanel error={error} />
            </Box>
          )}
          {result && request && (
            <Box mt={3}>
              <RankedOptions
                ranked={result.ranked}
                onRecordDecision={
                  onRecordDecision &&
                  ((option, rank) =>
                    onRecordDecision({
                      option,
                      rank,
                      ranked: result.ranked,
                      request,
                      team: ref,
                    }))
                }
              />
            </Box>
          )}
        </Grid>
        {ref && (
          <Grid item xs={12} lg={6}>
            <CurrentStack key={ref} teamRef={ref} />
          </Grid>
        )}
      </Grid>
    </>
  );
}
