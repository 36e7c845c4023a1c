import { InfoCard, Link, Progress } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { stackscoreApiRef } from '../../api';
import { ItemsTable } from '../shared/remediation/ItemsTable';
import { shortRef } from '../shared/remediation/format';
import { useRemediationLinks } from '../shared/remediation/links';
import { useCheckTitles } from '../shared/remediation/useCheckTitles';

/** Items shown on the card; the board has the rest. */
const cardSize = 5;

/**
 * The signed-in user's teams' open and in-progress items, most urgent first, with a link to each team's board.
 *
 * @internal
 */
export function YourTeamItems() {
  const api = useApi(stackscoreApiRef);
  const identityApi = useApi(identityApiRef);
  const links = useRemediationLinks();
  const checkTitles = useCheckTitles();
  const state = useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const teams = ownershipEntityRefs.filter(ref => ref.startsWith('group:'));
    if (teams.length === 0) return { teams };
    const items = await api.listRemediations({
      owner: teams,
      includeSubgroups: true,
      status: ['open', 'in-progress'],
      limit: cardSize,
    });
    return { teams, items };
  }, [api, identityApi]);

  return (
    <InfoCard title="Your team's open items">
      {state.loading && <Progress />}
      {state.error && <Alert severity="error">{state.error.message}</Alert>}
      {state.value && state.value.teams.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          You are not a member of any team in the catalog, so no items are
          yours. The Remediation tab shows every team's.
        </Typography>
      )}
      {state.value?.items && (
        <>
          <Typography variant="body2" paragraph>
            {state.value.items.totalCount === 0
              ? 'Nothing open: every check your teams own passes or is exempted.'
              : `${
                  state.value.items.totalCount
                } open or in progress across ${state.value.teams
                  .map(shortRef)
                  .join(', ')}.`}{' '}
            {state.value.teams.map((team, i) => (
              <span key={team}>
                {i > 0 ? ' · ' : ''}
                <Link to={links.board({ team })}>{shortRef(team)} board</Link>
              </span>
            ))}
          </Typography>
          {state.value.items.items.length > 0 && (
            <ItemsTable
              items={state.value.items.items}
              checkTitles={checkTitles}
            />
          )}
        </>
      )}
    </InfoCard>
  );
}
