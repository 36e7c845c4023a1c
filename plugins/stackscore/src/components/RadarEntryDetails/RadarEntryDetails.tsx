import { ReactNode, useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import CloseIcon from '@material-ui/icons/Close';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  DecisionResponse,
  RadarEntryDetailResponse,
  RadarMoveResponse,
  RadarReference,
  stackscoreRadarEntryUpdatePermission,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { citation } from '../shared/guidance';
import { HeaderCell } from '../shared/HeaderCell';
import { LinkedDecisionList } from '../shared/LinkedDecisions';
import { RingChip, day, quadrantTitle, ringTitle } from '../shared/radar';
import { useDecisionLinks } from '../shared/decisionLinks';
import { MoveRingDialog } from './MoveRingDialog';

/**
 * A service using a radar entry, as the details list it.
 *
 * @internal
 */
export interface RadarEntryUser {
  entityRef: string;
  owner?: string;
  /** ISO date-time a scoring run first saw the service use the entry. */
  since: string;
}

/**
 * Props of {@link RadarEntryDetails}.
 *
 * @internal
 */
export interface RadarEntryDetailsProps {
  entryId: string;
  /** Titles of other entries by id, to name the entries a conflict relates to. */
  entryTitles?: Readonly<Record<string, string>>;
  /** Opens another entry, e.g. one a conflict relates to. */
  onSelectEntry?: (id: string) => void;
  /** Called after the entry changed (a ring move), so the caller can reload its radar. */
  onChanged?: () => void;
  /** Services to list instead of every service in the organisation using the entry, e.g. a team's. */
  users?: readonly RadarEntryUser[];
  /** Heading of the services list; defaults to "Used by". */
  usersTitle?: string;
  /** Shows a close button calling this. */
  onClose?: () => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box mt={2}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function References({ references }: { references: RadarReference[] }) {
  if (references.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No guidance cited.
      </Typography>
    );
  }
  return (
    <Box component="ul" m={0} pl={2.5}>
      {references.map(reference => (
        <li key={citation(reference)}>
          <Typography variant="body2" component="cite">
            {citation(reference)}
          </Typography>
        </li>
      ))}
    </Box>
  );
}

/** Who moved an entry: a person links to their catalog page; the shipped seed is named as such. */
function MovedBy({ by }: { by: string }) {
  if (by === 'stackscore:seed') return <>Stackscore seed</>;
  if (by.startsWith('user:')) return <EntityRefLink entityRef={by} />;
  return <>{by}</>;
}

/**
 * The decision behind a move: a link named "#N title" when it is one of the records linked to the entry, the
 * id as given otherwise (moves made through the API may cite records kept elsewhere).
 */
function MoveDecision({
  id,
  decisions,
}: {
  id?: string;
  decisions: readonly DecisionResponse[];
}) {
  const links = useDecisionLinks();
  if (!id) return <>—</>;
  const record = decisions.find(d => d.id === id);
  if (!record) return <>{id}</>;
  return (
    <Link component={RouterLink} to={links.decision(record.id)}>
      #{record.number} {record.title}
    </Link>
  );
}

function Timeline({
  title,
  timeline,
  decisions,
}: {
  title: string;
  timeline: RadarMoveResponse[];
  decisions: readonly DecisionResponse[];
}) {
  // Newest first: the latest reason is the one people come for.
  const moves = [...timeline].reverse();
  return (
    <Table size="small" aria-label={`Timeline of ${title}`}>
      <TableHead>
        <TableRow>
          <HeaderCell>Date</HeaderCell>
          <HeaderCell>Move</HeaderCell>
          <HeaderCell>Reason</HeaderCell>
          <HeaderCell>By</HeaderCell>
          <HeaderCell>Decision</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {moves.map(move => (
          <TableRow key={`${move.date}-${move.to}`}>
            <TableCell>{day(move.date)}</TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {move.from
                ? `${ringTitle(move.from)} → ${ringTitle(move.to)}`
                : `Placed in ${ringTitle(move.to)}`}
            </TableCell>
            <TableCell>{move.reason}</TableCell>
            <TableCell>
              <MovedBy by={move.by} />
            </TableCell>
            <TableCell>
              <MoveDecision id={move.decisionId} decisions={decisions} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Users({
  title,
  users,
}: {
  title: string;
  users: readonly RadarEntryUser[];
}) {
  if (users.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No scored service uses it.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={`Services using ${title}`}>
      <TableHead>
        <TableRow>
          <HeaderCell>Service</HeaderCell>
          <HeaderCell>Owner</HeaderCell>
          <HeaderCell>Since</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {users.map(user => (
          <TableRow key={user.entityRef}>
            <TableCell>
              <EntityRefLink entityRef={user.entityRef} />
            </TableCell>
            <TableCell>
              {user.owner ? (
                <EntityRefLink entityRef={user.owner} defaultKind="group" />
              ) : (
                '—'
              )}
            </TableCell>
            <TableCell>{day(user.since)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Conflict({
  entry,
  entryTitles,
  onSelectEntry,
}: {
  entry: RadarEntryDetailResponse;
  entryTitles?: Readonly<Record<string, string>>;
  onSelectEntry?: (id: string) => void;
}) {
  const conflict = entry.conflict;
  if (!conflict) return null;
  return (
    <Box mt={2}>
      <Alert severity="warning">
        <AlertTitle>The guidance disagrees</AlertTitle>
        <Typography variant="body2" paragraph>
          {conflict.summary}
        </Typography>
        <References references={conflict.references} />
        {conflict.relatedEntryIds.length > 0 && (
          <Box mt={1}>
            <Typography variant="body2" component="span">
              Related entries:{' '}
            </Typography>
            {conflict.relatedEntryIds.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                {onSelectEntry ? (
                  <Link
                    component="button"
                    variant="body2"
                    onClick={() => onSelectEntry(id)}
                  >
                    {entryTitles?.[id] ?? id}
                  </Link>
                ) : (
                  <Typography variant="body2" component="span">
                    {entryTitles?.[id] ?? id}
                  </Typography>
                )}
              </span>
            ))}
          </Box>
        )}
      </Alert>
    </Box>
  );
}

/**
 * One radar entry: ring and quadrant, description, the guidance it cites (document, section and lines), any
 * disagreement between documents, its timeline of ring moves with reasons, the decision records linked to it,
 * and the services using it.
 * People allowed to update radar entries can move it to another ring from here.
 *
 * @internal
 */
export function RadarEntryDetails(props: RadarEntryDetailsProps) {
  const {
    entryId,
    entryTitles,
    onSelectEntry,
    onChanged,
    users,
    usersTitle,
    onClose,
  } = props;
  const api = useApi(stackscoreApiRef);
  const detail = useAsyncRetry(
    () => api.getRadarEntry(entryId),
    [api, entryId],
  );
  // Listed in the Decisions section, named on the timeline and offered when moving: read once for all three.
  const linked = useAsync(
    () => api.listDecisions({ radarEntry: entryId }),
    [api, entryId],
  );
  const decisions = linked.value?.items ?? [];
  const { allowed: canMove } = usePermission({
    permission: stackscoreRadarEntryUpdatePermission,
  });
  const [moving, setMoving] = useState(false);

  if (detail.loading && !detail.value) return <Progress />;
  if (detail.error) return <ResponseErrorPanel error={detail.error} />;
  const entry = detail.value;
  if (!entry) return null;

  return (
    <InfoCard
      title={entry.title}
      titleTypographyProps={{ component: 'h2' }}
      subheader={`${ringTitle(entry.ring)} · ${quadrantTitle(entry.quadrant)}`}
      action={
        onClose && (
          <IconButton aria-label="Close details" onClick={onClose}>
            <CloseIcon />
          </IconButton>
        )
      }
    >
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <RingChip ring={entry.ring} />
        {canMove && (
          <Button
            variant="outlined"
            color="primary"
            size="small"
            onClick={() => setMoving(true)}
          >
            Move ring
          </Button>
        )}
      </Box>
      <Box mt={2}>
        <Typography variant="body2">{entry.description}</Typography>
      </Box>
      <Section title="Guidance">
        <References references={entry.references} />
      </Section>
      <Conflict
        entry={entry}
        entryTitles={entryTitles}
        onSelectEntry={onSelectEntry}
      />
      <Section title="Timeline">
        <Timeline
          title={entry.title}
          timeline={entry.timeline}
          decisions={decisions}
        />
      </Section>
      <Section title="Decisions">
        <LinkedDecisionList
          decisions={linked}
          label={`Decisions linked to ${entry.title}`}
          empty="No decision record links to this entry."
        />
      </Section>
      <Section title={usersTitle ?? 'Used by'}>
        <Users title={entry.title} users={users ?? entry.users} />
      </Section>
      {moving && (
        <MoveRingDialog
          open
          entry={entry}
          decisions={decisions}
          onClose={() => setMoving(false)}
          onMoved={() => {
            setMoving(false);
            detail.retry();
            onChanged?.();
          }}
        />
      )}
    </InfoCard>
  );
}
