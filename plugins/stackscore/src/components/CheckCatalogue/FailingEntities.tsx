import { useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import { HeaderCell } from '../shared/HeaderCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import type { CheckEntitiesResponse } from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { EvidenceList } from '../shared/EvidenceList';

/**
 * "Who fails it": the entities whose latest result for a check is a failure, with owner, exemption and
 * evidence, a page at a time. Mounted only when the check is opened, so closed checks cost no request.
 *
 * @internal
 */
export function FailingEntities({ checkId }: { checkId: string }) {
  const api = useApi(stackscoreApiRef);
  const first = useAsync(
    () => api.getCheckEntities(checkId, { status: 'fail' }),
    [api, checkId],
  );
  const [more, setMore] = useState<CheckEntitiesResponse[]>([]);
  const pages = first.value ? [first.value, ...more] : [];
  const nextCursor = pages[pages.length - 1]?.nextCursor;
  const [moreState, loadMore] = useAsyncFn(async () => {
    const page = await api.getCheckEntities(checkId, {
      status: 'fail',
      cursor: nextCursor,
    });
    setMore(current => [...current, page]);
  }, [api, checkId, nextCursor]);

  if (first.loading) return <Progress />;
  if (first.error) return <ResponseErrorPanel error={first.error} />;

  const items = pages.flatMap(page => page.items);
  if (items.length === 0) {
    return (
      <Typography variant="body2">No service fails this check.</Typography>
    );
  }
  return (
    <>
      <Table size="small" aria-label={`Entities failing ${checkId}`}>
        <TableHead>
          <TableRow>
            <HeaderCell>Entity</HeaderCell>
            <HeaderCell>Owner</HeaderCell>
            <HeaderCell>Exemption</HeaderCell>
            <HeaderCell>Evidence</HeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map(item => (
            <TableRow key={item.entityRef}>
              <TableCell>
                <EntityRefLink entityRef={item.entityRef} />
              </TableCell>
              <TableCell>
                {item.owner ? (
                  <EntityRefLink entityRef={item.owner} defaultKind="group" />
                ) : (
                  <Typography variant="body2" color="textSecondary">
                    No owner
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {item.exempted && <Chip size="small" label="exempted" />}
              </TableCell>
              <TableCell>
                <EvidenceList evidence={item.evidence} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {moreState.error && <ResponseErrorPanel error={moreState.error} />}
      {nextCursor && (
        <Box mt={1}>
          <Button
            variant="outlined"
            size="small"
            disabled={moreState.loading}
            onClick={() => loadMore()}
          >
            {moreState.loading ? 'Loading…' : 'Load more'}
          </Button>
          <Typography
            variant="caption"
            color="textSecondary"
            style={{ marginLeft: 8 }}
          >
            {items.length} shown
          </Typography>
        </Box>
      )}
    </>
  );
}
