import { useState } from 'react';
import {
  InfoCard,
  Link,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Link as RouterLink } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  CAMPAIGN_AT_RISK_DAYS,
  stackscoreCampaignUpdatePermission,
  type CampaignFailingEntity,
  type CampaignScope,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { statusOf } from '../shared/responseErrors';
import { HeaderCell } from '../shared/HeaderCell';
import { HealthChip } from '../shared/remediation/Chips';
import { ItemDialog } from '../shared/remediation/ItemDialog';
import { ItemsTable } from '../shared/remediation/ItemsTable';
import {
  daysLeftText,
  describeTarget,
  shortRef,
} from '../shared/remediation/format';
import { useRemediationLinks } from '../shared/remediation/links';
import { useCheckTitles } from '../shared/remediation/useCheckTitles';
import { BurnDownChart } from './BurnDownChart';
import { ProgressBar } from './ProgressBar';

/**
 * A campaign scope in words, e.g. "owned by payments (with subgroups), lifecycle production".
 *
 * @internal
 */
export function describeScope(scope: CampaignScope): string {
  const parts: string[] = [];
  if (scope.owners.length) {
    parts.push(
      `owned by ${scope.owners.map(shortRef).join(', ')}${
        scope.includeSubgroups ? ' (with subgroups)' : ''
      }`,
    );
  }
  if (scope.lifecycles.length)
    parts.push(`lifecycle ${scope.lifecycles.join(', ')}`);
  if (scope.tags.length) parts.push(`tagged ${scope.tags.join(', ')}`);
  if (scope.systems.length)
    parts.push(`in ${scope.systems.map(shortRef).join(', ')}`);
  return parts.length ? parts.join('; ') : 'every scored entity';
}

function FailingEntities({
  entities,
  empty,
  onOpen,
}: {
  entities: readonly CampaignFailingEntity[];
  empty: string;
  onOpen: (id: string) => void;
}) {
  const checkTitles = useCheckTitles();
  if (entities.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty}
      </Typography>
    );
  }
  return (
    <>
      {entities.map(entity => (
        <Box key={entity.entityRef} mb={2}>
          <Typography variant="subtitle2">
            <EntityRefLink entityRef={entity.entityRef} />
            {entity.owner ? ` · ${shortRef(entity.owner)}` : ''} · failing{' '}
            {entity.failingChecks.join(', ')}
          </Typography>
          {entity.items.length > 0 && (
            <ItemsTable
              items={entity.items}
              showEntity={false}
              checkTitles={checkTitles}
              onOpen={item => onOpen(item.id)}
            />
          )}
        </Box>
      ))}
    </>
  );
}

/**
 * One campaign: target, scope, dates and health; overall progress; the burn-down; progress per team with
 * links to each team's board; and the overdue and at-risk entities with their items.
 *
 * @internal
 */
export function CampaignDetail({ id }: { id: string }) {
  const api = useApi(stackscoreApiRef);
  const links = useRemediationLinks();
  const { allowed } = usePermission({
    permission: stackscoreCampaignUpdatePermission,
  });
  const report = useAsyncRetry(() => api.getCampaign(id), [api, id]);
  const [openItem, setOpenItem] = useState<string | undefined>();

  if (report.loading && !report.value) return <Progress />;
  if (report.error) {
    if (statusOf(report.error) === 404) {
      return (
        <WarningPanel
          severity="info"
          title={`No campaign ${id}`}
          message="It may have been mistyped; the Campaigns tab lists every campaign."
        />
      );
    }
    return <ResponseErrorPanel error={report.error} />;
  }
  const value = report.value!;
  const { campaign } = value;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 12 }}
        >
          <Typography variant="h5" component="h2">
            {campaign.title}
          </Typography>
          <HealthChip health={value.health} />
          <Box flex={1} />
          <Button
            component={RouterLink}
            to={links.board({ campaign: campaign.id })}
          >
            Open on remediation board
          </Button>
          {allowed && (
            <Button
              variant="outlined"
              color="primary"
              component={RouterLink}
              to={links.editCampaign(campaign.id)}
            >
              Edit
            </Button>
          )}
        </Box>
        <Typography variant="body2" color="textSecondary">
          Target {describeTarget(campaign.target)} ·{' '}
          {describeScope(campaign.scope)} · run by{' '}
          <EntityRefLink entityRef={campaign.owner} /> · {campaign.startDate} to{' '}
          {campaign.deadline} ({daysLeftText(value.daysLeft)})
        </Typography>
        {campaign.target.type === 'checks' &&
          campaign.target.checks.length > 1 && (
            <Typography variant="body2" color="textSecondary">
              Checks: {campaign.target.checks.join(', ')}
            </Typography>
          )}
        {campaign.description && (
          <Box mt={1}>
            <MarkdownContent content={campaign.description} />
          </Box>
        )}
      </Grid>
      <Grid item xs={12} md={5}>
        <InfoCard title="Progress">
          <ProgressBar progress={value.progress} />
          <Typography
            variant="body2"
            color="textSecondary"
            style={{ marginTop: 8 }}
          >
            An entity complies when none of the target checks fails on it; a
            check that does not apply counts as met and an active exemption as a
            pass.
          </Typography>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard title="Burn-down">
          <BurnDownChart points={value.burnDown} deadline={campaign.deadline} />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Teams">
          {value.teams.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              Nothing scored is in this campaign's scope.
            </Typography>
          ) : (
            <Table size="small" aria-label="Progress per team">
              <TableHead>
                <TableRow>
                  <HeaderCell>Team</HeaderCell>
                  <HeaderCell>Health</HeaderCell>
                  <HeaderCell style={{ width: '40%' }}>Compliant</HeaderCell>
                  <HeaderCell>Board</HeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {value.teams.map(team => (
                  <TableRow key={team.owner}>
                    <TableCell>
                      {team.owner === 'unowned' ? (
                        'No owner'
                      ) : (
                        <EntityRefLink entityRef={team.owner} />
                      )}
                    </TableCell>
                    <TableCell>
                      <HealthChip health={team.health} />
                    </TableCell>
                    <TableCell>
                      <ProgressBar progress={team} />
                    </TableCell>
                    <TableCell>
                      {team.owner.startsWith('group:') && (
                        <Link
                          to={links.board({
                            team: team.owner,
                            campaign: campaign.id,
                          })}
                        >
                          items
                        </Link>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title={`Overdue (${value.overdue.length})`}>
          <FailingEntities
            entities={value.overdue}
            empty={
              value.daysLeft < 0
                ? 'Nothing is overdue: every entity in scope complies.'
                : 'Nothing is overdue before the deadline.'
            }
            onOpen={setOpenItem}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title={`At risk (${value.atRisk.length})`}>
          <FailingEntities
            entities={value.atRisk}
            empty={`Entities still failing with work nobody has started show here in the last ${CAMPAIGN_AT_RISK_DAYS} days before the deadline.`}
            onOpen={setOpenItem}
          />
        </InfoCard>
      </Grid>
      {openItem && (
        <ItemDialog
          itemId={openItem}
          onClose={() => setOpenItem(undefined)}
          onChanged={() => report.retry()}
        />
      )}
    </Grid>
  );
}
