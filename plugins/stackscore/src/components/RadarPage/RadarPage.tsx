import { useMemo, useState } from 'react';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Switch from '@material-ui/core/Switch';
import { useSearchParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { stackscoreApiRef } from '../../api';
import { isNotFound } from '../EntityTeamStackscoreContent/errors';
import { TeamNotFoundPanel } from '../EntityTeamStackscoreContent/TeamNotFound';
import { RadarChart, RadarChartEntry } from '../RadarChart';
import { RadarEntryDetails } from '../RadarEntryDetails';
import { TeamRadar } from '../TeamRadar';
import { TeamSelector, useTeamQuery } from '../shared/TeamSelector';
import { NotOnTheRadar } from './NotOnTheRadar';

/**
 * Query parameter naming the open radar entry, e.g. `?entry=go`, so an entry can be linked to.
 *
 * @internal
 */
export const entryQueryParam = 'entry';

type Select = (id: string | undefined) => void;

function OrganisationRadar({
  selectedId,
  onSelect,
}: {
  selectedId?: string;
  onSelect: Select;
}) {
  const api = useApi(stackscoreApiRef);
  const radar = useAsyncRetry(() => api.getRadar(), [api]);
  const entries = useMemo(
    () =>
      (radar.value?.entries ?? []).map(
        (entry): RadarChartEntry => ({
          id: entry.id,
          title: entry.title,
          quadrant: entry.quadrant,
          ring: entry.ring,
          count: entry.services,
        }),
      ),
    [radar.value],
  );
  const titles = useMemo(
    () => Object.fromEntries(entries.map(e => [e.id, e.title])),
    [entries],
  );

  if (radar.loading && !radar.value) return <Progress />;
  if (radar.error) return <ResponseErrorPanel error={radar.error} />;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={selectedId ? 7 : 12}>
        <InfoCard
          title="Organisation radar"
          subheader={`${entries.length} entries; hover or focus a blip for its ring and the services using it, select it for details`}
        >
          {radar.loading && <LinearProgress />}
          {entries.length === 0 ? (
            <EmptyState
              missing="data"
              title="The radar has no entries"
              description="Radar entries come from the Stackscore backend, which seeds them from the guidance documents; entries radar owners add appear here too."
            />
          ) : (
            <RadarChart
              entries={entries}
              selectedId={selectedId}
              onSelect={id => onSelect(id === selectedId ? undefined : id)}
            />
          )}
        </InfoCard>
      </Grid>
      {selectedId && (
        <Grid item xs={12} lg={5}>
          <RadarEntryDetails
            entryId={selectedId}
            entryTitles={titles}
            onSelectEntry={onSelect}
            onClose={() => onSelect(undefined)}
            onChanged={radar.retry}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <NotOnTheRadar />
      </Grid>
    </Grid>
  );
}

function TeamRadarView({
  teamRef,
  selectedId,
  onSelect,
}: {
  teamRef: string;
  selectedId?: string;
  onSelect: Select;
}) {
  const api = useApi(stackscoreApiRef);
  const [includeSubgroups, setIncludeSubgroups] = useState(true);
  const radar = useAsyncRetry(
    () => api.getTeamRadar(parseEntityRef(teamRef), { includeSubgroups }),
    [api, teamRef, includeSubgroups],
  );

  if (isNotFound(radar.error)) return <TeamNotFoundPanel entityRef={teamRef} />;

  let body;
  if (radar.loading && !radar.value) body = <Progress />;
  else if (radar.error) body = <ResponseErrorPanel error={radar.error} />;
  else if (radar.value) {
    body = (
      <TeamRadar
        radar={radar.value}
        selectedId={selectedId}
        onSelect={onSelect}
        onChanged={radar.retry}
      />
    );
  }

  return (
    <>
      <Box display="flex" justifyContent="flex-end" mb={1}>
        <FormControlLabel
          control={
            <Switch
              color="primary"
              checked={includeSubgroups}
              onChange={(_event, checked) => setIncludeSubgroups(checked)}
            />
          }
          label="Include subgroups"
        />
      </Box>
      {/* Keep the previous radar on screen while it reloads, and show that it is being replaced. */}
      {radar.loading && radar.value && <LinearProgress />}
      {body}
    </>
  );
}

/**
 * The Radar tab: the organisation's radar, or a team's radar built from what its services use. The team
 * (`?team=group:default/payments`) and the open entry (`?entry=go`) live in the address, so every view can be
 * linked to.
 *
 * @internal
 */
export function RadarPage() {
  const { ref, invalid, setTeam } = useTeamQuery();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get(entryQueryParam) ?? undefined;

  const select: Select = id =>
    setSearchParams(current => {
      const next = new URLSearchParams(current);
      if (id) next.set(entryQueryParam, id);
      else next.delete(entryQueryParam);
      return next;
    });

  return (
    <>
      <Box mb={3}>
        <TeamSelector
          value={ref}
          onChange={team => setTeam(team, { clear: [entryQueryParam] })}
        />
      </Box>
      {invalid && (
        <Box mb={2}>
          <WarningPanel
            severity="warning"
            title="Not a team"
            message={`“${invalid}” is not a group reference such as group:default/payments; showing the organisation’s radar.`}
          />
        </Box>
      )}
      {ref ? (
        <TeamRadarView
          key={ref}
          teamRef={ref}
          selectedId={selectedId}
          onSelect={select}
        />
      ) : (
        <OrganisationRadar selectedId={selectedId} onSelect={select} />
      )}
    </>
  );
}
