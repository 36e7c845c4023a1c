import { Fragment, useState } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import IconButton from '@material-ui/core/IconButton';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import KeyboardArrowDownIcon from '@material-ui/icons/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@material-ui/icons/KeyboardArrowUp';
import type { RunResponse } from '@stackscore/plugin-stackscore-common';
import { formatDuration, formatShard } from './format';

const statusColours: Record<RunResponse['status'], string> = {
  running: '#1565c0',
  succeeded: '#2e7d32',
  partial: '#ef6c00',
  failed: '#c62828',
};

/** Table columns of a run row, counted so the failures row can span them all. */
export const runColumnCount = 10;

/** A failure names an entity, or is about the whole run when its ref is not one. */
function FailureSubject({ entityRef }: { entityRef: string }) {
  let isEntity = false;
  try {
    parseEntityRef(entityRef);
    isEntity = entityRef.length > 0;
  } catch {
    isEntity = false;
  }
  return isEntity ? (
    <EntityRefLink entityRef={entityRef} />
  ) : (
    <Typography variant="body2" component="span">
      {entityRef || 'whole run'}
    </Typography>
  );
}

/**
 * One run as a table row; a run with failures opens on them (entity and message).
 *
 * @internal
 */
export function RunRow({ run }: { run: RunResponse }) {
  const [open, setOpen] = useState(false);
  const hasFailures = run.failures.length > 0;
  const label = `failures of the run started ${new Date(
    run.startedAt,
  ).toLocaleString()}`;
  return (
    <Fragment>
      <TableRow>
        <TableCell padding="checkbox">
          {hasFailures && (
            <IconButton
              size="small"
              aria-label={open ? `Hide ${label}` : `Show ${label}`}
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            >
              {open ? <KeyboardArrowUpIcon /> : <KeyboardArrowDownIcon />}
            </IconButton>
          )}
        </TableCell>
        <TableCell>{new Date(run.startedAt).toLocaleString()}</TableCell>
        <TableCell>{run.trigger}</TableCell>
        <TableCell>
          <Chip
            size="small"
            label={run.status}
            style={{
              backgroundColor: statusColours[run.status],
              color: '#fff',
            }}
          />
        </TableCell>
        <TableCell>{formatShard(run) ?? '—'}</TableCell>
        <TableCell align="right">
          {run.done} / {run.total}
        </TableCell>
        <TableCell align="right">{run.failed}</TableCell>
        <TableCell align="right">{run.skipped}</TableCell>
        <TableCell align="right">{formatDuration(run.durationMs)}</TableCell>
        <TableCell>
          {run.finishedAt ? new Date(run.finishedAt).toLocaleString() : '—'}
        </TableCell>
      </TableRow>
      {open && (
        <TableRow>
          <TableCell
            colSpan={runColumnCount}
            style={{ paddingTop: 0, paddingBottom: 0 }}
          >
            <Box my={1}>
              <Typography variant="subtitle2">Failures</Typography>
              {run.failures.map((failure, index) => (
                <Box key={index} display="flex" gridGap={8} my={0.5}>
                  <FailureSubject entityRef={failure.entityRef} />
                  <Typography variant="body2">{failure.message}</Typography>
                </Box>
              ))}
              {run.failed > run.failures.length && (
                <Typography variant="caption" color="textSecondary">
                  The first {run.failures.length} of {run.failed} failures are
                  kept.
                </Typography>
              )}
            </Box>
          </TableCell>
        </TableRow>
      )}
    </Fragment>
  );
}
