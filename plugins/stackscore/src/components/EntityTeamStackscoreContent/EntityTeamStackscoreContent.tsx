import { useState } from 'react';
import {
  Content,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import { isNotFound } from './errors';
import { NoScoredServices } from './NoScoredServices';
import { ServiceHeatmap } from './ServiceHeatmap';
import { TeamNotFound } from './TeamNotFound';
import { TeamSummary } from './TeamSummary';
import { TeamTrend } from './TeamTrend';
import { useTeamHistory, useTeamScores } from './useTeamScores';

/**
 * The group tab: how the services the group owns score. A summary (services scored, per scorecard the mean
 * and level distribution), the mean score per scorecard over time, and a services × scorecards heatmap,
 * weakest services first. "Include subgroups" widens everything to services owned by the group's subgroups.
 *
 * @public
 */
export function EntityTeamStackscoreContent() {
  const [includeSubgroups, setIncludeSubgroups] = useState(true);
  // Both requests start together; the trend renders its own states so a slow history never blocks the table.
  const scores = useTeamScores({ includeSubgroups, scope: 'all' });
  const history = useTeamHistory({ includeSubgroups });

  if (isNotFound(scores.error)) {
    return (
      <Content>
        <TeamNotFound />
      </Content>
    );
  }

  const toggle = (
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
  );

  let body;
  if (scores.loading && !scores.value) {
    body = <Progress />;
  } else if (scores.error) {
    body = <ResponseErrorPanel error={scores.error} />;
  } else if (!scores.value || scores.value.total === 0) {
    body = <NoScoredServices includeSubgroups={includeSubgroups} />;
  } else {
    const value = scores.value;
    body = (
      <Grid container spacing={3}>
        <Grid item xs={12} md={5}>
          <TeamSummary scores={value} />
        </Grid>
        <Grid item xs={12} md={7}>
          <TeamTrend
            history={history.value}
            loading={history.loading}
            error={history.error}
          />
        </Grid>
        <Grid item xs={12}>
          <InfoCard
            title="Services"
            subheader="Score per scorecard; click a column to sort"
            noPadding
          >
            <ServiceHeatmap items={value.items} />
          </InfoCard>
        </Grid>
      </Grid>
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
            ? 'Services owned by this group and its subgroups'
            : 'Services owned directly by this group'}
        </Typography>
        {toggle}
      </Box>
      {/* Keep the previous figures on screen while a toggle refetches, and show that they are being replaced. */}
      {scores.loading && scores.value && <LinearProgress />}
      {body}
    </Content>
  );
}
