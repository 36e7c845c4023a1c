import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { OverviewTeam, teamName } from './teams';

/**
 * A team's name linking to its Stackscore tab. Only groups have that tab, so other owners (a user, say)
 * link to their entity page; entities without an owner get plain "No owner".
 *
 * @internal
 */
export function TeamLink({ team }: { team: OverviewTeam }) {
  const entityRoute = useRouteRef(entityRouteRef);
  if (team.ref === null) {
    return (
      <Typography variant="body2" color="textSecondary" component="span">
        No owner
      </Typography>
    );
  }
  const ref = parseEntityRef(team.ref, {
    defaultKind: 'group',
    defaultNamespace: 'default',
  });
  const entityPage = entityRoute(entityRouteParams(ref));
  const to =
    ref.kind.toLocaleLowerCase('en-US') === 'group'
      ? `${entityPage}/stackscore`
      : entityPage;
  return <Link to={to}>{teamName(team)}</Link>;
}
