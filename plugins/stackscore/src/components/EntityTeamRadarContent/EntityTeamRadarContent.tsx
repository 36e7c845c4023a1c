import { useState } from 'react';
import {
  Content,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import LinearProgress from '@material-ui/core/LinearProgress';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { stackscoreApiRef } from '../../api';
import { isNotFound } from '../EntityTeamStackscoreContent/errors';
import { TeamNotFound } from '../EntityTeamStackscoreContent/TeamNotFound';
import { useTeamRef } from '../EntityTeamStackscoreContent/useTeamScores';
import { TeamRadar } from '../TeamRadar';

/**
 * The group tab "Radar": the team's radar built from what its services use, with an alert when any of them
 * use technologies on hold, which services and since when, and technologies the radar does not cover yet.
 * "Include subgroups" widens it to services owned by the group's subgroups.
 *
 * @public
 */
export function EntityTeamRadarContent() {
  const api = useApi(stackscoreApiRef);
  const ref = useTeamRef();
  const [includeSubgroups, setIncludeSubgroups] = useState(true);
  const [selectedId, setSelectedId] = useState<string>();
  const radar = useAsyncRetry(
    () => api.getTeamRadar(ref, { includeSubgroups }),
    [api, ref, includeSubgroups],
  );

  if (isNotFound(radar.error)) {
    return (
      <Content>
        <TeamNotFound />
      </Content>
    );
  }

  let body;
  if (radar.loading && !radar.value) body = <Progress />;
  else if (radar.error) body = <ResponseErrorPanel error={radar.error} />;
  else if (radar.value) {
    body = (
      <TeamRadar
        radar={radar.value}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onChanged={radar.retry}
      />
    );
  }

  return (
    <Content>
      <Box
        display="flex"
        alignItems="center"
        justifyContent="space-between"
        mb={2}
      >
        <Typography variant="body2" color="textSecondary">
          {includeSubgroups
            ? 'Technologies used by services of this group and its subgroups'
            : 'Technologies used by services owned directly by this group'}
        </Typography>
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
      {/* Keep the previous radar on screen while a toggle refetches, and show that it is being replaced. */}
      {radar.loading && radar.value && <LinearProgress />}
      {body}
    </Content>
  );
}
