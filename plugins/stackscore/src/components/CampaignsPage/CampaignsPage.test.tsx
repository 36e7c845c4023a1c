import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usePermission } from '@backstage/plugin-permission-react';
import type { CampaignCreateRequest } from '@stackscore/plugin-stackscore-common';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import { responseError } from '../shared/radarTestData';
import { campaign, report } from '../shared/remediationTestData';
import {
  location,
  renderDecisions,
} from '../shared/__testUtils__/renderDecisions';
import { CampaignsPage } from './CampaignsPage';

jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: jest.fn(),
}));
const mockedUsePermission = usePermission as jest.MockedFunction<
  typeof usePermission
>;

// recharts measures its container; jsdom has no layout.
jest.mock('recharts', () => {
  const actual = jest.requireActual('recharts');
  return {
    ...actual,
    ResponsiveContainer: ({ children }: { children: any }) => (
      <actual.ResponsiveContainer width={600} height={240}>
        {children}
      </actual.ResponsiveContainer>
    ),
  };
});

const id = campaign().id;

function render(api: StackscoreApi, path: string, allowed = true) {
  mockedUsePermission.mockReturnValue({ loading: false, allowed });
  return renderDecisions(
    api,
    path,
    <CampaignsPage />,
    '/stackscore/campaigns/*',
  );
}

describe('CampaignsPage', () => {
  it('lists campaigns with target, deadline, health and progress', async () => {
    const api = fakeApi({
      listCampaigns: async () => ({
        items: [
          {
            campaign: campaign(),
            progress: { inScope: 4, compliant: 3, ratio: 0.75 },
            health: 'at-risk',
            daysLeft: 5,
          },
        ],
      }),
    });
    await render(api, '/stackscore/campaigns');
    const row = (
      await screen.findByText('Supply-chain silver for payments')
    ).closest('tr')!;
    expect(within(row).getByText('supply-chain silver')).toBeInTheDocument();
    expect(
      within(row).getByText('2026-12-31 (5 days left)'),
    ).toBeInTheDocument();
    expect(within(row).getByText('At risk')).toBeInTheDocument();
    expect(within(row).getByText('3 / 4 (75%)')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'New campaign' }),
    ).toBeInTheDocument();
  });

  it('offers no New button without the create permission and explains campaigns when there are none', async () => {
    await render(
      fakeApi({ listCampaigns: async () => ({ items: [] }) }),
      '/stackscore/campaigns',
      false,
    );
    expect(await screen.findByText('No campaigns yet')).toBeInTheDocument();
    expect(
      screen.getByText(/Stackscore admins start them/),
    ).toBeInTheDocument();
    expect(screen.queryByText('New campaign')).toBeNull();
  });

  it('checks a new campaign with the API schema before sending it', async () => {
    const createCampaign = jest.fn();
    await render(fakeApi({ createCampaign }), '/stackscore/campaigns/new');
    fireEvent.change(await screen.findByLabelText(/Title/), {
      target: { value: 'SBOMs' },
    });
    fireEvent.change(screen.getByLabelText(/Campaign owner/), {
      target: { value: 'platform' },
    });
    fireEvent.change(screen.getByLabelText('Deadline'), {
      target: { value: '2020-01-01' },
    });
    fireEvent.change(screen.getByLabelText('Systems'), {
      target: { value: 'checkout' },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Start campaign' }),
    );
    // Each refusal is shown on the field it concerns, scope fields included.
    await waitFor(() =>
      expect(
        screen.getByLabelText(/Campaign owner/),
      ).toHaveAccessibleDescription(/must be an entity reference/),
    );
    expect(screen.getByLabelText('Systems')).toHaveAccessibleDescription(
      /must be an entity reference/,
    );
    expect(screen.getByLabelText('Owners')).not.toHaveAccessibleDescription(
      /./,
    );
    expect(
      screen.getByText('deadline must not be before startDate'),
    ).toBeInTheDocument();
    expect(createCampaign).not.toHaveBeenCalled();
  });

  it('sends a valid campaign and opens it', async () => {
    const createCampaign = jest.fn(async (request: CampaignCreateRequest) =>
      campaign({ title: request.title }),
    );
    const api = fakeApi({
      createCampaign,
      getCampaign: async () => report(),
    });
    await render(api, '/stackscore/campaigns/new');
    fireEvent.change(await screen.findByLabelText(/Title/), {
      target: { value: 'SBOMs everywhere' },
    });
    fireEvent.change(screen.getByLabelText(/Campaign owner/), {
      target: { value: 'group:default/platform' },
    });
    fireEvent.change(screen.getByLabelText('Owners'), {
      target: { value: 'group:default/payments, group:default/identity' },
    });
    fireEvent.change(screen.getByLabelText('Lifecycles'), {
      target: { value: 'production' },
    });
    fireEvent.change(screen.getByLabelText('Start date'), {
      target: { value: '2026-11-01' },
    });
    fireEvent.change(screen.getByLabelText('Deadline'), {
      target: { value: '2027-03-31' },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Start campaign' }),
    );
    await waitFor(() =>
      expect(createCampaign).toHaveBeenCalledWith({
        title: 'SBOMs everywhere',
        description: '',
        target: { type: 'level', scorecard: 'supply-chain', level: 'silver' },
        scope: {
          owners: ['group:default/payments', 'group:default/identity'],
          includeSubgroups: true,
          lifecycles: ['production'],
          tags: [],
          systems: [],
        },
        startDate: '2026-11-01',
        deadline: '2027-03-31',
        owner: 'group:default/platform',
      }),
    );
    await waitFor(() => expect(location()).toBe(`/stackscore/campaigns/${id}`));
  });

  it('shows progress, burn-down, teams with board links and the at-risk list', async () => {
    await render(
      fakeApi({ getCampaign: async () => report() }),
      `/stackscore/campaigns/${id}`,
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Supply-chain silver for payments',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('3 / 4 (75%)').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('img', { name: 'Burn-down chart' }),
    ).toBeInTheDocument();
    const teams = screen.getByRole('table', { name: 'Progress per team' });
    expect(within(teams).getByText('2 / 3 (67%)')).toBeInTheDocument();
    expect(
      within(teams).getAllByRole('link', { name: 'items' })[0],
    ).toHaveAttribute(
      'href',
      `/stackscore/remediation?team=group%3Adefault%2Fpayments&campaign=${id}`,
    );
    expect(screen.getByText('At risk (1)')).toBeInTheDocument();
    expect(screen.getByText(/failing supply-chain.sbom/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Open on remediation board' }),
    ).toHaveAttribute('href', `/stackscore/remediation?campaign=${id}`);
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });

  it('says which campaign does not exist', async () => {
    await render(
      fakeApi({
        getCampaign: async () => {
          throw await responseError(404, 'NotFoundError', `No campaign ${id}`);
        },
      }),
      `/stackscore/campaigns/${id}`,
    );
    expect(
      await screen.findByText(new RegExp(`No campaign ${id}`)),
    ).toBeInTheDocument();
  });

  it('sends the version an edit is based on and keeps the edit when someone else saved first', async () => {
    const updateCampaign = jest.fn(async () => {
      throw await responseError(
        409,
        'ConflictError',
        `Campaign ${id} changed since version 3; it is at version 4.`,
      );
    });
    await render(
      fakeApi({ getCampaign: async () => report(), updateCampaign }),
      `/stackscore/campaigns/${id}/edit`,
    );
    const title = await screen.findByLabelText(/Title/);
    fireEvent.change(title, {
      target: { value: 'Supply-chain silver, all teams' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(updateCampaign).toHaveBeenCalledWith(
        id,
        expect.objectContaining({
          title: 'Supply-chain silver, all teams',
          version: 3,
        }),
      ),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /it is at version 4\. Your edits are kept here/,
    );
    expect(screen.getByLabelText(/Title/)).toHaveValue(
      'Supply-chain silver, all teams',
    );
  });
});
