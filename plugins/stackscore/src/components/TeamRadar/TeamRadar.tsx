import { useMemo } from 'react';
import { EmptyState, InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { TeamRadarResponse } from '@stackscore/plugin-stackscore-common';
import { RadarChart, RadarChartEntry } from '../RadarChart';
import { RadarEntryDetails } from '../RadarEntryDetails';
import { servicesCount } from '../shared/radar';
import { HoldFlags, UnknownTechnologies, servicesOnHold } from './HoldFlags';

/**
 * A team's radar: an alert when its services use technologies on hold, the radar of the org entries the team
 * uses (blip size = services using it, hold entries ringed), the selected entry's details with the team's
 * services using it, the hold flags and the technologies no entry covers.
 *
 * @internal
 */
export function TeamRadar({
  radar,
  selectedId,
  onSelect,
  onChanged,
}: {
  radar: TeamRadarResponse;
  selectedId?: string;
  onSelect: (id: string | undefined) => void;
  onChanged?: () => void;
}) {
  const entries = useMemo(
    () =>
      radar.entries.map(
        (entry): RadarChartEntry => ({
          id: entry.id,
          title: entry.title,
          quadrant: entry.quadrant,
          ring: entry.ring,
          count: entry.services.length,
          highlight: entry.ring === 'hold' ? 'hold' : undefined,
        }),
      ),
    [radar],
  );
  const titles = useMemo(
    () => Object.fromEntries(radar.entries.map(e => [e.id, e.title])),
    [radar],
  );
  const selected = radar.entries.find(entry => entry.id === selectedId);
  const onHold = servicesOnHold(radar.holds);

  return (
    <Grid container spacing={3}>
      {onHold > 0 && (
        <Grid item xs={12}>
          <Alert severity="warning">
            <AlertTitle>
              {onHold === 1
                ? '1 service uses technologies on hold'
                : `${onHold} services use technologies on hold`}
            </AlertTitle>
            {radar.holds.map(hold => hold.title).join(', ')}: see the hold flags
            below for which services and since when.
          </Alert>
        </Grid>
      )}
      <Grid item xs={12} lg={selectedId ? 7 : 12}>
        <InfoCard
          title="Team radar"
          subheader={`${servicesCount(radar.services)} scored · ${
            radar.entries.length
          } radar ${
            radar.entries.length === 1 ? 'entry' : 'entries'
          } in use; a bigger blip means more services`}
        >
          {entries.length === 0 ? (
            <EmptyState
              missing="data"
              title="No radar entries in use"
              description={
                radar.services === 0
                  ? 'None of the team’s services has been scored yet; the radar fills in from what scoring runs find in their repositories.'
                  : 'Scoring runs found no technology of the radar in the team’s services.'
              }
            />
          ) : (
            <RadarChart
              entries={entries}
              selectedId={selectedId}
              onSelect={id => onSelect(id === selectedId ? undefined : id)}
              scaleByCount
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
            onChanged={onChanged}
            users={selected?.services}
            usersTitle={selected ? 'Used by the team’s services' : undefined}
          />
        </Grid>
      )}
      <Grid item xs={12} md={6}>
        <HoldFlags holds={radar.holds} />
      </Grid>
      <Grid item xs={12} md={6}>
        <Box height="100%">
          <UnknownTechnologies unknown={radar.unknown} />
        </Box>
      </Grid>
    </Grid>
  );
}
