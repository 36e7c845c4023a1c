import { useEffect, useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useNavigate, useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useDebounce from 'react-use/esm/useDebounce';
import {
  Decision,
  decisionStatuses,
  stackscoreDecisionCreatePermission,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import type { DecisionListOptions } from '../../api';
import { DecisionsTable } from '../shared/DecisionsTable';
import { TeamSelector, useTeamQuery } from '../shared/TeamSelector';
import { useDecisionLinks } from '../shared/decisionLinks';
import { ImportMadrDialog } from './ImportMadrDialog';

/**
 * Query parameters of the list's filters besides `team`, so a filtered list can be linked to.
 *
 * @internal
 */
export const decisionFilterParams = {
  status: 'status',
  tag: 'tag',
  text: 'q',
  entity: 'entity',
} as const;

/** Typing pauses this long before a text filter is applied, so each keystroke is not a request. */
const debounceMs = 300;

/** A text filter kept in the address, applied a moment after typing stops. */
function useTextFilter(param: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const applied = searchParams.get(param) ?? '';
  const [text, setText] = useState(applied);

  // Follows the address when it changes from outside (back button, a link), but not when the address merely
  // caught up with what is being typed, which would eat a trailing space.
  useEffect(
    () => setText(current => (current.trim() === applied ? current : applied)),
    [applied],
  );

  useDebounce(
    () => {
      const value = text.trim();
      if (value === applied) return;
      setSearchParams(
        current => {
          const next = new URLSearchParams(current);
          if (value) next.set(param, value);
          else next.delete(param);
          return next;
        },
        { replace: true },
      );
    },
    debounceMs,
    [text],
  );
  return [text, setText];
}

/**
 * The Decisions tab's list: decision records newest first, filtered by team (`?team=`), status, tag, words
 * in the title or text, and entity, all kept in the address. People allowed to write records can start a new
 * one or import a MADR file.
 *
 * @internal
 */
export function DecisionList() {
  const api = useApi(stackscoreApiRef);
  const links = useDecisionLinks();
  const navigate = useNavigate();
  const { ref: team, invalid, setTeam } = useTeamQuery();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get(decisionFilterParams.status);
  // An unknown status in a hand-edited address is ignored rather than sent for the backend to refuse.
  const status = decisionStatuses.find(s => s === statusParam);
  const tag = searchParams.get(decisionFilterParams.tag) ?? undefined;
  const q = searchParams.get(decisionFilterParams.text) ?? undefined;
  const entity = searchParams.get(decisionFilterParams.entity) ?? undefined;
  const [tagText, setTagText] = useTextFilter(decisionFilterParams.tag);
  const [searchText, setSearchText] = useTextFilter(decisionFilterParams.text);
  const [entityText, setEntityText] = useTextFilter(
    decisionFilterParams.entity,
  );
  const { allowed: canCreate } = usePermission({
    permission: stackscoreDecisionCreatePermission,
  });
  const [importing, setImporting] = useState(false);

  const filters: DecisionListOptions = {};
  if (team) filters.team = team;
  if (status) filters.status = status;
  if (tag) filters.tag = tag;
  if (q) filters.q = q;
  if (entity) filters.entity = entity;
  const key = JSON.stringify(filters);

  // Pages after the first, appended by "Load more"; a change of filters starts over.
  const [more, setMore] = useState<{
    key: string;
    items: Decision[];
    cursor?: string;
  }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error>();
  const first = useAsyncRetry(
    () => (invalid ? Promise.resolve(undefined) : api.listDecisions(filters)),
    // `filters` is rebuilt every render; its serialisation is the real dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key, invalid],
  );

  const extra = more?.key === key ? more : undefined;
  const items = [...(first.value?.items ?? []), ...(extra?.items ?? [])];
  const cursor = extra ? extra.cursor : first.value?.nextCursor;

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api.listDecisions({ ...filters, cursor });
      setMore({
        key,
        items: [...(extra?.items ?? []), ...page.items],
        cursor: page.nextCursor,
      });
    } catch (e) {
      setMoreError(e as Error);
    } finally {
      setLoadingMore(false);
    }
  };

  const setStatus = (value: string) =>
    setSearchParams(
      current => {
        const next = new URLSearchParams(current);
        if (value) next.set(decisionFilterParams.status, value);
        else next.delete(decisionFilterParams.status);
        return next;
      },
      { replace: true },
    );

  const filtered = Boolean(team || status || tag || q || entity);

  let body;
  if (first.loading && !first.value) body = <Progress />;
  else if (first.error) body = <ResponseErrorPanel error={first.error} />;
  else if (items.length === 0) {
    body = filtered ? (
      <Typography variant="body2" color="textSecondary">
        No decision matches these filters.
      </Typography>
    ) : (
      <EmptyState
        missing="content"
        title="No decisions recorded yet"
        description="Architecture decision records written here or imported from MADR files appear in this list, with their status, scope and history."
      />
    );
  } else {
    body = (
      <>
        {first.loading && <LinearProgress />}
        <DecisionsTable decisions={items} />
        {moreError && <ResponseErrorPanel error={moreError} />}
        {cursor && (
          <Box mt={2} textAlign="center">
            <Button
              variant="outlined"
              onClick={loadMore}
              disabled={loadingMore}
            >
              Load more
            </Button>
          </Box>
        )}
      </>
    );
  }

  return (
    <>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="flex-start"
        style={{ gap: 16 }}
        mb={2}
      >
        <TeamSelector value={team} onChange={value => setTeam(value)} />
        <TextField
          id="stackscore-decisions-status"
          select
          label="Status"
          value={status ?? ''}
          onChange={event => setStatus(event.target.value)}
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          variant="outlined"
          size="small"
          style={{ minWidth: 160 }}
        >
          <option value="">Any status</option>
          {decisionStatuses.map(s => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </TextField>
        <TextField
          id="stackscore-decisions-tag"
          label="Tag"
          value={tagText}
          onChange={event => setTagText(event.target.value)}
          variant="outlined"
          size="small"
        />
        <TextField
          id="stackscore-decisions-search"
          label="Search"
          type="search"
          value={searchText}
          onChange={event => setSearchText(event.target.value)}
          variant="outlined"
          size="small"
          placeholder="Words in the title or text"
          InputLabelProps={{ shrink: true }}
        />
        <TextField
          id="stackscore-decisions-entity"
          label="Entity"
          value={entityText}
          onChange={event => setEntityText(event.target.value)}
          variant="outlined"
          size="small"
          placeholder="component:default/orders-api"
          InputLabelProps={{ shrink: true }}
        />
        {canCreate && (
          <Box ml="auto" display="flex" style={{ gap: 8 }}>
            <Button
              variant="contained"
              color="primary"
              onClick={() => navigate(links.newDecision({ team }))}
            >
              New decision
            </Button>
            <Button variant="outlined" onClick={() => setImporting(true)}>
              Import MADR
            </Button>
          </Box>
        )}
      </Box>
      {invalid && (
        <Typography variant="body2" color="error" paragraph>
          “{invalid}” is not a group reference such as group:default/payments.
        </Typography>
      )}
      {body}
      {importing && (
        <ImportMadrDialog
          open
          team={team}
          onClose={() => setImporting(false)}
          onImported={result =>
            navigate(links.decision(result.decision.id), {
              state: { importWarnings: result.warnings },
            })
          }
        />
      )}
    </>
  );
}
