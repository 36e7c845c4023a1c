import { Fragment } from 'react';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { TeamRadarResponse } from '@stackscore/plugin-stackscore-common';
import { HeaderCell } from '../shared/HeaderCell';
import { day } from '../shared/radar';

/** Where a repository shows the technology, e.g. `go.mod:5`. */
function evidence(items: Array<{ file: string; line?: number }>): string {
  return items
    .map(item => (item.line ? `${item.file}:${item.line}` : item.file))
    .join(', ');
}

/**
 * Every technology on hold the team uses, with each service using it and since when.
 *
 * @internal
 */
export function HoldFlags({ holds }: { holds: TeamRadarResponse['holds'] }) {
  return (
    <InfoCard
      title="Hold flags"
      titleTypographyProps={{ component: 'h2' }}
      subheader="Technologies on hold: do not start new work with them, and plan to move away"
      noPadding={holds.length > 0}
    >
      {holds.length === 0 ? (
        <Typography variant="body2">
          None of the team’s services use a technology on hold.
        </Typography>
      ) : (
        <Table size="small" aria-label="Services using technologies on hold">
          <TableHead>
            <TableRow>
              <HeaderCell>Technology</HeaderCell>
              <HeaderCell>Service</HeaderCell>
              <HeaderCell>Since</HeaderCell>
              <HeaderCell>Seen in</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {holds.map(hold => (
              <Fragment key={hold.id}>
                {hold.services.map((service, i) => (
                  <TableRow key={service.entityRef}>
                    {i === 0 && (
                      <TableCell rowSpan={hold.services.length}>
                        <strong>{hold.title}</strong>
                      </TableCell>
                    )}
                    <TableCell>
                      <EntityRefLink entityRef={service.entityRef} />
                    </TableCell>
                    <TableCell>{day(service.since)}</TableCell>
                    <TableCell>
                      <Typography variant="caption">
                        {evidence(service.evidence) || '—'}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}

/**
 * How many distinct services use at least one technology on hold.
 *
 * @internal
 */
export function servicesOnHold(holds: TeamRadarResponse['holds']): number {
  return new Set(holds.flatMap(hold => hold.services.map(s => s.entityRef)))
    .size;
}

/**
 * Technologies the team uses that no radar entry covers.
 *
 * @internal
 */
export function UnknownTechnologies({
  unknown,
}: {
  unknown: TeamRadarResponse['unknown'];
}) {
  return (
    <InfoCard
      title="Unknown technologies"
      titleTypographyProps={{ component: 'h2' }}
      subheader="Used by the team’s services but on no radar entry yet; the radar owners decide where they belong"
      noPadding={unknown.length > 0}
    >
      {unknown.length === 0 ? (
        <Typography variant="body2">
          Every technology the team’s services use is on the radar.
        </Typography>
      ) : (
        <Table size="small" aria-label="Unknown technologies">
          <TableHead>
            <TableRow>
              <HeaderCell>Technology</HeaderCell>
              <HeaderCell>Kind</HeaderCell>
              <HeaderCell>Services</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {unknown.map(technology => (
              <TableRow key={technology.key}>
                <TableCell>{technology.name}</TableCell>
                <TableCell>{technology.kind}</TableCell>
                <TableCell>
                  {technology.services.map((service, i) => (
                    <Fragment key={service.entityRef}>
                      {i > 0 && ', '}
                      <EntityRefLink entityRef={service.entityRef} />
                    </Fragment>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
