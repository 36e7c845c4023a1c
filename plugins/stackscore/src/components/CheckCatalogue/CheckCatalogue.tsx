import { useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { stackscoreApiRef } from '../../api';
import { CheckFilters } from './CheckFilters';
import { CheckItem } from './CheckItem';
import { CheckFilter, filterChecks } from './filterChecks';
import { checkQueryParam } from './query';

/**
 * The Checks tab: every check of the catalogue, filtered by scorecard, level and a search over ids and
 * titles. A check opens on its description, applicability, remediation, guidance and the entities failing
 * it. The open check is kept in the `?check=` query parameter, so a link can open it directly.
 *
 * @internal
 */
export function CheckCatalogue() {
  const api = useApi(stackscoreApiRef);
  const { value, loading, error } = useAsync(() => api.getChecks(), [api]);
  const [searchParams, setSearchParams] = useSearchParams();
  const [filter, setFilter] = useState<CheckFilter>({});
  const openId = searchParams.get(checkQueryParam);
  // Only a check opened by the link the page was entered with is scrolled to, not ones opened by clicking.
  const [linkedId] = useState(openId);

  const toggle = (id: string, open: boolean) =>
    setSearchParams(
      current => {
        const next = new URLSearchParams(current);
        if (open) next.set(checkQueryParam, id);
        else next.delete(checkQueryParam);
        return next;
      },
      { replace: true },
    );

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const checks = value?.items ?? [];
  if (checks.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="The catalogue has no checks"
        description="The backend returned an empty check catalogue. Built-in checks ship with the Stackscore backend; custom ones are declared under stackscore.customChecks in app-config."
      />
    );
  }

  const shown = filterChecks(checks, filter);
  const unknown = openId && !checks.some(c => c.id === openId);

  return (
    <>
      <CheckFilters checks={checks} filter={filter} onChange={setFilter} />
      {unknown && (
        <Typography variant="body2" color="error" paragraph>
          The catalogue has no check “{openId}”.
        </Typography>
      )}
      <Typography variant="caption" color="textSecondary" paragraph>
        {shown.length} of {checks.length} checks · catalogue{' '}
        {value?.catalogueVersion}
      </Typography>
      {shown.length === 0 ? (
        <Box textAlign="center" py={4}>
          <Typography variant="body2" paragraph>
            No check matches these filters.
          </Typography>
          <Button variant="outlined" onClick={() => setFilter({})}>
            Clear filters
          </Button>
        </Box>
      ) : (
        shown.map(check => (
          <CheckItem
            key={check.id}
            check={check}
            open={check.id === openId}
            scrollTo={check.id === linkedId}
            onToggle={open => toggle(check.id, open)}
          />
        ))
      )}
    </>
  );
}
