import { MouseEvent } from 'react';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useNavigate } from 'react-router-dom';
import type { Decision } from '@stackscore/plugin-stackscore-common';
import { HeaderCell } from './HeaderCell';
import { DecisionStatusChip } from './DecisionStatusChip';
import { useDecisionLinks } from './decisionLinks';
import { day } from './radar';

/**
 * Decision records as a table: number, title (a link to the record), status, team, date and last update.
 * The whole row opens the record; the title stays a real link for keyboards and new tabs.
 *
 * @internal
 */
export function DecisionsTable({
  decisions,
  label = 'Decisions',
}: {
  decisions: Decision[];
  /** Accessible name of the table. */
  label?: string;
}) {
  const links = useDecisionLinks();
  const navigate = useNavigate();
  const open = (event: MouseEvent, id: string) => {
    // A click on the link itself (or any link in the row) is already handled by the browser and router.
    if ((event.target as HTMLElement).closest('a')) return;
    navigate(links.decision(id));
  };
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <HeaderCell>#</HeaderCell>
          <HeaderCell>Title</HeaderCell>
          <HeaderCell>Status</HeaderCell>
          <HeaderCell>Team</HeaderCell>
          <HeaderCell>Date</HeaderCell>
          <HeaderCell>Updated</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {decisions.map(decision => (
          <TableRow
            key={decision.id}
            hover
            style={{ cursor: 'pointer' }}
            onClick={event => open(event, decision.id)}
          >
            <TableCell>{decision.number}</TableCell>
            <TableCell>
              <Link to={links.decision(decision.id)}>{decision.title}</Link>
            </TableCell>
            <TableCell>
              <DecisionStatusChip status={decision.status} />
            </TableCell>
            <TableCell>
              {decision.scope.team ? (
                <EntityRefLink
                  entityRef={decision.scope.team}
                  defaultKind="group"
                />
              ) : (
                'Organisation'
              )}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {decision.date}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {day(decision.updatedAt)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
