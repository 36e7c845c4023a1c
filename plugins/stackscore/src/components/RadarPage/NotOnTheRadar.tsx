import { ChangeEvent, Fragment, useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { stackscoreApiRef } from '../../api';
import { HeaderCell } from '../shared/HeaderCell';

const pageSizes = [10, 25, 100];

/**
 * Technologies the organisation's services use that no radar entry covers, most used first: the radar
 * owners' list of entries to write.
 *
 * @internal
 */
export function NotOnTheRadar() {
  const api = useApi(stackscoreApiRef);
  const { value, loading, error } = useAsync(
    () => api.getUnknownTechnologies(),
    [api],
  );
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(pageSizes[0]);

  let body;
  if (loading) body = <Progress />;
  else if (error) body = <ResponseErrorPanel error={error} />;
  else if (!value || value.items.length === 0) {
    body = (
      <Typography variant="body2">
        Every technology scoring runs found is on the radar.
      </Typography>
    );
  } else {
    const items = value.items;
    body = (
      <>
        <Table size="small" aria-label="Not on the radar">
          <TableHead>
            <TableRow>
              <HeaderCell>Technology</HeaderCell>
              <HeaderCell>Kind</HeaderCell>
              <HeaderCell align="right">Services</HeaderCell>
              <HeaderCell>Owners</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.slice(page * pageSize, (page + 1) * pageSize).map(item => (
              <TableRow key={item.key}>
                <TableCell>{item.name}</TableCell>
                <TableCell>{item.kind}</TableCell>
                <TableCell align="right">{item.services}</TableCell>
                <TableCell>
                  {item.owners.length === 0
                    ? '—'
                    : item.owners.map((owner, i) => (
                        <Fragment key={owner}>
                          {i > 0 && ', '}
                          <EntityRefLink
                            entityRef={owner}
                            defaultKind="group"
                          />
                        </Fragment>
                      ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {items.length > pageSizes[0] && (
          <TablePagination
            component="div"
            count={items.length}
            page={page}
            rowsPerPage={pageSize}
            rowsPerPageOptions={pageSizes}
            onPageChange={(_event, next) => setPage(next)}
            onRowsPerPageChange={(event: ChangeEvent<HTMLInputElement>) => {
              setPageSize(Number(event.target.value));
              setPage(0);
            }}
          />
        )}
      </>
    );
  }

  return (
    <InfoCard
      title="Not on the radar"
      titleTypographyProps={{ component: 'h2' }}
      subheader="Technologies services use that no radar entry covers, most used first; radar owners decide where they belong"
      noPadding={Boolean(value && value.items.length > 0)}
    >
      {body}
    </InfoCard>
  );
}
