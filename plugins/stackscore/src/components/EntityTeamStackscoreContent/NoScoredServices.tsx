import { EmptyState } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';

/**
 * Why a group has no scores and what makes a service count for it: ownership through `spec.owner`, which the
 * scoring schedule then picks up. Shared by the tab (as an empty state) and the card (as plain text).
 *
 * @internal
 */
export function NoScoredServicesText({
  includeSubgroups,
}: {
  includeSubgroups: boolean;
}) {
  const { entity } = useEntity();
  const ref = stringifyEntityRef(entity);
  return (
    <Typography variant="body2" component="span">
      Services owned by this group are scored on the schedule, and appear here
      once they have been. A service belongs to this group when its catalog
      entity names it as owner: <code>spec.owner: {ref}</code>.{' '}
      {includeSubgroups
        ? 'Services owned by its subgroups count too.'
        : 'Turn on “Include subgroups” to count services owned by its subgroups too.'}
    </Typography>
  );
}

/**
 * The tab's empty state: the group owns no scored service.
 *
 * @internal
 */
export function NoScoredServices({
  includeSubgroups,
}: {
  includeSubgroups: boolean;
}) {
  return (
    <EmptyState
      missing="data"
      title="No scored services"
      description={<NoScoredServicesText includeSubgroups={includeSubgroups} />}
    />
  );
}
