import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import type { AsyncState } from 'react-use/esm/useAsyncFn';
import type { DecisionListResponse } from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import type { DecisionListOptions } from '../../api';
import { DecisionStatusChip } from './DecisionStatusChip';
import { useDecisionLinks } from './decisionLinks';
import { serverMessage } from './responseErrors';

/**
 * The decision records linked to something (a radar entry, a check), each as "#N title" with its status and a
 * link to the record. Reading them is secondary to the view it sits in, so a failure is a line of text rather
 * than an error panel.
 *
 * @internal
 */
export function LinkedDecisions({
  filter,
  label,
  empty,
}: {
  /** Exactly one link filter, e.g. `{ radarEntry: 'go' }` or `{ check: 'security.sast-in-ci' }`. */
  filter: Pick<DecisionListOptions, 'radarEntry' | 'check'>;
  /** Accessible name of the list. */
  label: string;
  /** Shown when no record links here. */
  empty: string;
}) {
  const api = useApi(stackscoreApiRef);
  const { radarEntry, check } = filter;
  const decisions = useAsync(
    () => api.listDecisions({ radarEntry, check }),
    [api, radarEntry, check],
  );
  return (
    <LinkedDecisionList decisions={decisions} label={label} empty={empty} />
  );
}

/**
 * {@link LinkedDecisions} for a view that has loaded the records itself (the radar entry details also name
 * them on the timeline), so they are read once.
 *
 * @internal
 */
export function LinkedDecisionList({
  decisions,
  label,
  empty,
}: {
  decisions: AsyncState<DecisionListResponse>;
  label: string;
  empty: string;
}) {
  const links = useDecisionLinks();
  if (decisions.loading) return <Progress />;
  if (decisions.error) {
    return (
      <Typography variant="body2" color="error">
        Could not load decisions: {serverMessage(decisions.error)}
      </Typography>
    );
  }
  const items = decisions.value?.items ?? [];
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty}
      </Typography>
    );
  }
  return (
    <Box
      component="ul"
      m={0}
      pl={0}
      style={{ listStyle: 'none' }}
      aria-label={label}
    >
      {items.map(decision => (
        <Box
          component="li"
          key={decision.id}
          display="flex"
          alignItems="center"
          mb={0.5}
          style={{ gap: 8 }}
        >
          <DecisionStatusChip status={decision.status} />
          <Typography variant="body2" component="span">
            <Link to={links.decision(decision.id)}>
              #{decision.number} {decision.title}
            </Link>
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
