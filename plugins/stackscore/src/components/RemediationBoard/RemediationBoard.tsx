import { useMemo, useState } from 'react';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Checkbox from '@material-ui/core/Checkbox';
import Chip from '@material-ui/core/Chip';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  remediationStatuses,
  type RemediationItem,
  type RemediationStatus,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { TeamSelector, useTeamQuery } from '../shared/TeamSelector';
import { useDecisionLinks } from '../shared/decisionLinks';
import { ItemDialog } from '../shared/remediation/ItemDialog';
import { DueDate } from '../shared/remediation/ItemsTable';
import { actorName, statusLabels } from '../shared/remediation/format';
import { boardQuery } from '../shared/remediation/links';
import { useCheckTitles } from '../shared/remediation/useCheckTitles';
import { BulkUpdateBar } from './BulkUpdateBar';

/** Items loaded per column; the column header shows how many there are in all. */
const columnSize = 50;

function ItemCard({
  item,
  checkTitle,
  selected,
  onSelect,
  onOpen,
}: {
  item: RemediationItem;
  checkTitle?: string;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onOpen: () => void;
}) {
  const links = useDecisionLinks();
  return (
    <Card
      variant="outlined"
      style={{ marginBottom: 8 }}
      data-testid={`item-${item.id}`}
    >
      <CardContent style={{ padding: 8 }}>
        <Box display="flex" alignItems="flex-start">
          <Checkbox
            size="small"
            checked={selected}
            onChange={e => onSelect(e.target.checked)}
            inputProps={{
              'aria-label': `Select ${item.checkId} on ${item.entityRef}`,
            }}
          />
          <Box flex={1} minWidth={0}>
            <Typography variant="body2" style={{ fontWeight: 600 }}>
              <Link to={links.check(item.checkId)}>
                {checkTitle ?? item.checkId}
              </Link>
            </Typography>
            <Typography variant="body2">
              <EntityRefLink entityRef={item.entityRef} />
            </Typography>
            <Typography variant="caption" color="textSecondary" display="block">
              {item.severity} · {item.level}
              {item.assignee ? ` · ${actorName(item.assignee)}` : ''}
            </Typography>
            <DueDate item={item} />
            <Box mt={0.5}>
              <Link
                to="#"
                onClick={e => {
                  e.preventDefault();
                  onOpen();
                }}
              >
                Details
              </Link>
              {item.ticketUrl && (
                <>
                  {' · '}
                  <Link to={item.ticketUrl}>Ticket</Link>
                </>
              )}
            </Box>
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
}

/**
 * The Remediation tab: a team's (or the organisation's) failing checks as a board with a column per status,
 * most urgent first (or one team's, on its group page). Filters live in the address so a board can be linked to: `?team=<group ref>` (with its
 * subgroups), `?campaign=<id>`, `?check=<id>`, `?assignee=me`, and `?item=<id>` opens an item. Selected items
 * can be moved, assigned or given a due date together.
 *
 * @internal
 */
export function RemediationBoard({
  team: fixedTeam,
}: {
  /** Group ref of a board that belongs to one team (a group page's tab): no team picker then. */
  team?: string;
} = {}) {
  const api = useApi(stackscoreApiRef);
  const identityApi = useApi(identityApiRef);
  const teamQuery = useTeamQuery();
  const team = fixedTeam ?? teamQuery.ref;
  const invalid = fixedTeam ? undefined : teamQuery.invalid;
  const setTeam = teamQuery.setTeam;
  const [searchParams, setSearchParams] = useSearchParams();
  const campaign = searchParams.get(boardQuery.campaign) ?? undefined;
  const check = searchParams.get(boardQuery.check) ?? undefined;
  const mine = searchParams.get(boardQuery.assignee) === 'me';
  const openItem = searchParams.get(boardQuery.item) ?? undefined;
  const checkTitles = useCheckTitles();
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const setParam = (name: string, value: string | undefined) =>
    setSearchParams(current => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });

  const me = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  const campaigns = useAsync(() => api.listCampaigns(), [api]);
  const campaignTitle = campaigns.value?.items.find(
    c => c.campaign.id === campaign,
  )?.campaign.title;

  const board = useAsyncRetry(async () => {
    if (mine && !me.value) return undefined;
    const filter = {
      owner: team ? [team] : undefined,
      includeSubgroups: team ? true : undefined,
      campaign,
      check,
      assignee: mine ? me.value : undefined,
      limit: columnSize,
    };
    const columns = await Promise.all(
      remediationStatuses.map(status =>
        api.listRemediations({ ...filter, status: [status] }),
      ),
    );
    return {
      counts: columns[0].statusCounts,
      items: Object.fromEntries(
        remediationStatuses.map((status, i) => [status, columns[i].items]),
      ) as Record<RemediationStatus, RemediationItem[]>,
    };
  }, [api, team, campaign, check, mine, me.value]);

  const allItems = useMemo(
    () =>
      board.value
        ? remediationStatuses.flatMap(s => board.value!.items[s])
        : [],
    [board.value],
  );
  const selectedItems = allItems.filter(item => selected.has(item.id));
  const total = board.value
    ? remediationStatuses.reduce((sum, s) => sum + board.value!.counts[s], 0)
    : 0;

  return (
    <>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        mb={2}
        style={{ gap: 16 }}
      >
        {!fixedTeam && (
          <TeamSelector
            value={team}
            onChange={ref => {
              setSelected(new Set());
              setTeam(ref);
            }}
            helperText={team ? 'Including its subgroups' : 'Every team'}
          />
        )}
        <TextField
          id="remediation-filter-check"
          label="Check"
          size="small"
          variant="outlined"
          placeholder="security.sast-in-ci"
          defaultValue={check ?? ''}
          onBlur={e =>
            setParam(boardQuery.check, e.target.value.trim() || undefined)
          }
          onKeyDown={e => {
            if (e.key === 'Enter') {
              setParam(
                boardQuery.check,
                (e.target as HTMLInputElement).value.trim() || undefined,
              );
            }
          }}
        />
        <FormControlLabel
          control={
            <Switch
              checked={mine}
              onChange={e =>
                setParam(
                  boardQuery.assignee,
                  e.target.checked ? 'me' : undefined,
                )
              }
            />
          }
          label="Assigned to me"
        />
        {campaign && (
          <Chip
            label={`Campaign: ${campaignTitle ?? campaign}`}
            onDelete={() => setParam(boardQuery.campaign, undefined)}
          />
        )}
        {check && (
          <Chip
            label={`Check: ${check}`}
            onDelete={() => setParam(boardQuery.check, undefined)}
          />
        )}
      </Box>
      {invalid && (
        <Typography color="error" paragraph>
          "{invalid}" is not a group reference; showing every team.
        </Typography>
      )}
      {selectedItems.length > 0 && (
        <BulkUpdateBar
          items={selectedItems}
          onDone={() => {
            setSelected(new Set());
            board.retry();
          }}
          onClear={() => setSelected(new Set())}
        />
      )}
      {board.loading && !board.value && <Progress />}
      {board.error && <ResponseErrorPanel error={board.error} />}
      {board.value && total === 0 && (
        <Paper variant="outlined" style={{ padding: 24 }}>
          <Typography variant="h6">
            {campaign || check || mine
              ? 'No items match these filters'
              : `No failing checks ${team ? 'for this team' : 'anywhere'} yet`}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            An item is opened for every check that fails at a scoring and
            resolved when it passes.
            {campaign || check || mine ? ' Clear a filter to see more.' : ''}
          </Typography>
        </Paper>
      )}
      {board.value && total > 0 && (
        <Grid container spacing={2}>
          {remediationStatuses.map(status => (
            <Grid item xs={12} md={6} lg={3} key={status}>
              <Paper
                variant="outlined"
                style={{ padding: 8, minHeight: 120 }}
                aria-label={`${statusLabels[status]} items`}
                role="region"
              >
                <Typography variant="subtitle1" style={{ fontWeight: 600 }}>
                  {statusLabels[status]} ({board.value!.counts[status]})
                </Typography>
                {board.value!.items[status].map(item => (
                  <ItemCard
                    key={item.id}
                    item={item}
                    checkTitle={checkTitles.get(item.checkId)}
                    selected={selected.has(item.id)}
                    onSelect={on =>
                      setSelected(current => {
                        const next = new Set(current);
                        if (on) next.add(item.id);
                        else next.delete(item.id);
                        return next;
                      })
                    }
                    onOpen={() => setParam(boardQuery.item, item.id)}
                  />
                ))}
                {board.value!.counts[status] >
                  board.value!.items[status].length && (
                  <Typography variant="caption" color="textSecondary">
                    {board.value!.counts[status] -
                      board.value!.items[status].length}{' '}
                    more; narrow the filters to see them.
                  </Typography>
                )}
              </Paper>
            </Grid>
          ))}
        </Grid>
      )}
      {openItem && (
        <ItemDialog
          itemId={openItem}
          onClose={() => setParam(boardQuery.item, undefined)}
          onChanged={() => board.retry()}
        />
      )}
    </>
  );
}
