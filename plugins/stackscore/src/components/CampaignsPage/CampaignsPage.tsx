import {
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Route, Routes, useNavigate, useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import {
  stackscoreCampaignCreatePermission,
  stackscoreCampaignUpdatePermission,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { useRemediationLinks } from '../shared/remediation/links';
import { CampaignDetail } from './CampaignDetail';
import {
  CampaignEditor,
  blankCampaignForm,
  campaignForm,
} from './CampaignEditor';
import { CampaignList } from './CampaignList';

function NotAllowed({ action }: { action: string }) {
  return (
    <WarningPanel
      severity="info"
      title={`You cannot ${action} campaigns`}
      message="Campaigns are run by Stackscore admins (the stackscore.campaign.create and stackscore.campaign.update permissions)."
    />
  );
}

function NewCampaign() {
  const navigate = useNavigate();
  const links = useRemediationLinks();
  const { loading, allowed } = usePermission({
    permission: stackscoreCampaignCreatePermission,
  });
  if (loading) return <Progress />;
  if (!allowed) return <NotAllowed action="start" />;
  return (
    <CampaignEditor
      initial={blankCampaignForm()}
      onSaved={campaign => navigate(links.campaign(campaign.id))}
      onCancel={() => navigate(links.campaigns())}
    />
  );
}

function EditCampaign() {
  const { id = '' } = useParams();
  const api = useApi(stackscoreApiRef);
  const navigate = useNavigate();
  const links = useRemediationLinks();
  const { loading, allowed } = usePermission({
    permission: stackscoreCampaignUpdatePermission,
  });
  const report = useAsync(() => api.getCampaign(id), [api, id]);
  if (loading || report.loading) return <Progress />;
  if (!allowed) return <NotAllowed action="change" />;
  if (report.error) return <ResponseErrorPanel error={report.error} />;
  const campaign = report.value!.campaign;
  return (
    <CampaignEditor
      initial={campaignForm(campaign)}
      existing={campaign}
      onSaved={saved => navigate(links.campaign(saved.id))}
      onCancel={() => navigate(links.campaign(campaign.id))}
    />
  );
}

function CampaignRoute() {
  const { id } = useParams();
  return id ? <CampaignDetail key={id} id={id} /> : null;
}

/**
 * The Campaigns tab: the list at its root, `new` to start one (admins), `:id` for a campaign's progress,
 * burn-down, teams and overdue and at-risk lists, and `:id/edit` to change it (admins).
 *
 * @internal
 */
export function CampaignsPage() {
  return (
    <Routes>
      <Route path="/" element={<CampaignList />} />
      <Route path="new" element={<NewCampaign />} />
      <Route path=":id" element={<CampaignRoute />} />
      <Route path=":id/edit" element={<EditCampaign />} />
    </Routes>
  );
}
