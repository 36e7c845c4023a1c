import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { RemediationItem } from '@stackscore/plugin-stackscore-common';
import { HeaderCell } from '../HeaderCell';
import { useDecisionLinks } from '../decisionLinks';
import { StatusChip } from './Chips';
import { actorName } from './format';

/**
 * An item's due date, red when overdue, with where it came from; for a resolved item, when it was resolved
 * (the date it was due no longer asks anything of anyone).
 *
 * @internal
 */
export function DueDate({ item }: { item: RemediationItem }) {
  if (item.status === 'resolved' && item.resolvedAt) {
    return (
      <Typography variant="body2" color="textSecondary" component="span">
        resolved {item.resolvedAt.slice(0, 10)}
      </Typography>
    );
  }
  if (!item.dueDate) {
    return (
      <Typography variant="body2" color="textSecondary" component="span">
        no due date
      </Typography>
    );
  }
  return (
    <Typography
      variant="body2"
      component="span"
      style={item.overdue ? { color: '#c62828', fontWeight: 600 } : undefined}
      title={
        item.dueSource === 'campaign' ? 'Set by a campaign deadline' : undefined
      }
    >
      {item.overdue ? 'overdue since ' : 'due '}
      {item.dueDate}
      {item.dueSource === 'campaign' ? ' (campaign)' : ''}
    </Typography>
  );
}

/**
 * Remediation items as a table: entity (optional), check, status, assignee, due date, ticket. Rows open the
 * item when `onOpen` is given.
 *
 * @internal
 */
export function ItemsTable({
  items,
  showEntity = true,
  checkTitles,
  onOpen,
}: {
  items: readonly RemediationItem[];
  showEntity?: boolean;
  checkTitles?: ReadonlyMap<string, string>;
  onOpen?: (item: RemediationItem) => void;
}) {
  const links = useDecisionLinks();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {showEntity && <HeaderCell>Entity</HeaderCell>}
          <HeaderCell>Check</HeaderCell>
          <HeaderCell>Status</HeaderCell>
          <HeaderCell>Assignee</HeaderCell>
          <HeaderCell>Due</HeaderCell>
          <HeaderCell>Ticket</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map(item => (
          <TableRow
            key={item.id}
            hover={!!onOpen}
            onClick={onOpen ? () => onOpen(item) : undefined}
            style={onOpen ? { cursor: 'pointer' } : undefined}
          >
            {showEntity && (
              <TableCell onClick={e => e.stopPropagation()}>
                <EntityRefLink entityRef={item.entityRef} />
              </TableCell>
            )}
            <TableCell>
              <Link
                to={links.check(item.checkId)}
                onClick={e => e.stopPropagation()}
              >
                {checkTitles?.get(item.checkId) ?? item.checkId}
              </Link>
              <Typography
                variant="caption"
                display="block"
                color="textSecondary"
              >
                {item.checkId} · {item.severity}
              </Typography>
            </TableCell>
            <TableCell>
              <StatusChip status={item.status} />
            </TableCell>
            <TableCell>
              {item.assignee ? actorName(item.assignee) : '—'}
            </TableCell>
            <TableCell>
              <DueDate item={item} />
            </TableCell>
            <TableCell onClick={e => e.stopPropagation()}>
              {item.ticketUrl ? <Link to={item.ticketUrl}>ticket</Link> : '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
