import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { stackscoreCampaignCreatePermission } from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { HeaderCell } from '../shared/HeaderCell';
import { HealthChip } from '../shared/remediation/Chips';
import { daysLeftText, describeTarget } from '../shared/remediation/format';
import { useRemediationLinks } from '../shared/remediation/links';
import { ProgressBar } from './ProgressBar';

/**
 * Every campaign with its target, owner, deadline, health and progress; "New campaign" for admins.
 *
 * @internal
 */
export function CampaignList() {
  const api = useApi(stackscoreApiRef);
  const links = useRemediationLinks();
  const { allowed } = usePermission({
    permission: stackscoreCampaignCreatePermission,
  });
  const campaigns = useAsync(() => api.listCampaigns(), [api]);

  const newButton = allowed ? (
    <Button
      variant="contained"
      color="primary"
      component={RouterLink}
      to={links.newCampaign()}
    >
      New campaign
    </Button>
  ) : undefined;

  if (campaigns.loading) return <Progress />;
  if (campaigns.error) return <ResponseErrorPanel error={campaigns.error} />;
  const items = campaigns.value?.items ?? [];
  if (items.length === 0) {
    return (
      <EmptyState
        missing="content"
        title="No campaigns yet"
        description={
          allowed
            ? 'A campaign asks every service in a scope to meet a target (some checks, or a scorecard level) by a deadline, and tracks who is done. Its deadline becomes the due date of the items it covers.'
            : 'A campaign asks every service in a scope to meet a target by a deadline. Stackscore admins start them.'
        }
        action={newButton}
      />
    );
  }
  return (
    <>
      {newButton && (
        <Box display="flex" justifyContent="flex-end" mb={2}>
          {newButton}
        </Box>
      )}
      <Table size="small" aria-label="Campaigns">
        <TableHead>
          <TableRow>
            <HeaderCell>Campaign</HeaderCell>
            <HeaderCell>Target</HeaderCell>
            <HeaderCell>Owner</HeaderCell>
            <HeaderCell>Deadline</HeaderCell>
            <HeaderCell>Health</HeaderCell>
            <HeaderCell style={{ width: '25%' }}>Progress</HeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map(({ campaign, progress, health, daysLeft }) => (
            <TableRow key={campaign.id}>
              <TableCell>
                <Link to={links.campaign(campaign.id)}>{campaign.title}</Link>
              </TableCell>
              <TableCell>{describeTarget(campaign.target)}</TableCell>
              <TableCell>
                <EntityRefLink entityRef={campaign.owner} />
              </TableCell>
              <TableCell>
                {campaign.deadline} ({daysLeftText(daysLeft)})
              </TableCell>
              <TableCell>
                <HealthChip health={health} />
              </TableCell>
              <TableCell>
                <ProgressBar progress={progress} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
