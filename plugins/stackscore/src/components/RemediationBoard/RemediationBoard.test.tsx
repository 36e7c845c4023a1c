import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usePermission } from '@backstage/plugin-permission-react';
import type { RemediationListOptions, StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import { responseError } from '../shared/radarTestData';
import { events, item, itemList } from '../shared/remediationTestData';
import {
  location,
  renderDecisions,
} from '../shared/__testUtils__/renderDecisions';
import { RemediationBoard } from './RemediationBoard';
import { updateAll } from './BulkUpdateBar';

jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: jest.fn(),
}));
const mockedUsePermission = usePermission as jest.MockedFunction<
  typeof usePermission
>;

const open = item();
const started = item({
  id: '33333333-3333-4333-8333-333333333333',
  checkId: 'supply-chain.sbom',
  status: 'in-progress',
  assignee: 'user:default/alice',
  dueDate: '2026-10-01',
  overdue: true,
});
const promo = item({
  id: '44444444-4444-4444-8444-444444444444',
  entityRef: 'component:default/promo-codes',
});

/** A backend whose columns hold the given items, recording every list call. */
function boardApi(overrides: Partial<StackscoreApi> = {}) {
  const all = [open, started, promo];
  return fakeApi({
    listCampaigns: async () => ({ items: [] }),
    listRemediations: jest.fn(async (options: RemediationListOptions = {}) =>
      itemList(
        all.filter(i => !options.status || options.status.includes(i.status)),
        { open: 2, 'in-progress': 1, exempted: 0, resolved: 7 },
      ),
    ),
    ...overrides,
  });
}

function render(
  api: StackscoreApi,
  path = '/stackscore/remediation',
  allowed = true,
) {
  mockedUsePermission.mockReturnValue({ loading: false, allowed });
  return renderDecisions(
    api,
    path,
    <RemediationBoard />,
    '/stackscore/remediation',
  );
}

describe('RemediationBoard', () => {
  it('shows a column per status with its count, and cards with due dates', async () => {
    const api = boardApi();
    await render(api);
    const openColumn = await screen.findByRole('region', {
      name: 'Open items',
    });
    expect(within(openColumn).getByText('Open (2)')).toBeInTheDocument();
    expect(within(openColumn).getAllByText('security.sast-in-ci')).toHaveLength(
      2,
    );
    const inProgress = screen.getByRole('region', {
      name: 'In progress items',
    });
    expect(
      within(inProgress).getByText('overdue since 2026-10-01'),
    ).toBeInTheDocument();
    expect(screen.getByText('Resolved (7)')).toBeInTheDocument();
  });

  it('shows when a resolved item was resolved instead of the date it was due', async () => {
    const fixed = item({
      id: '55555555-5555-4555-8555-555555555555',
      status: 'resolved',
      dueDate: '2026-10-01',
      resolvedAt: '2026-11-20T08:00:00.000Z',
    });
    await render(
      fakeApi({
        listCampaigns: async () => ({ items: [] }),
        listRemediations: async () => itemList([fixed]),
      }),
    );
    const resolved = await screen.findByRole('region', {
      name: 'Resolved items',
    });
    expect(
      await within(resolved).findByText('resolved 2026-11-20'),
    ).toBeInTheDocument();
    expect(within(resolved).queryByText(/2026-10-01/)).toBeNull();
  });

  it('passes the filters in the address to the API', async () => {
    const api = boardApi();
    await render(
      api,
      '/stackscore/remediation?team=group:default/payments&campaign=22222222-2222-4222-8222-222222222222&check=security.sast-in-ci',
    );
    await screen.findByText('Open (2)');
    expect(api.listRemediations).toHaveBeenCalledWith({
      owner: ['group:default/payments'],
      includeSubgroups: true,
      campaign: '22222222-2222-4222-8222-222222222222',
      check: 'security.sast-in-ci',
      assignee: undefined,
      limit: 50,
      status: ['open'],
    });
    expect(screen.getByText(/Campaign: 22222222/)).toBeInTheDocument();
  });

  it('applies a bulk change to every selected item and reports the ones refused', async () => {
    const updateRemediation = jest.fn(async (id: string) => {
      if (id === promo.id) {
        throw await responseError(
          403,
          'NotAllowedError',
          'Not allowed: stackscore.remediation.update',
        );
      }
      return open;
    });
    const api = boardApi({ updateRemediation });
    await render(api);
    await screen.findByText('Open (2)');
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: `Select security.sast-in-ci on ${open.entityRef}`,
      }),
    );
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: `Select security.sast-in-ci on ${promo.entityRef}`,
      }),
    );
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Assign to'), {
      target: { value: 'user:default/alice' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Apply to 2' }));
    await waitFor(() => expect(updateRemediation).toHaveBeenCalledTimes(2));
    expect(updateRemediation).toHaveBeenCalledWith(open.id, {
      assignee: 'user:default/alice',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Updated 1 of 2\. security\.sast-in-ci on promo-codes: .*Not allowed/,
    );
  });

  it('refuses a bulk assignee that is not a user ref without calling the API', async () => {
    const updateRemediation = jest.fn();
    await render(boardApi({ updateRemediation }));
    await screen.findByText('Open (2)');
    await userEvent.click(
      screen.getByRole('checkbox', {
        name: `Select security.sast-in-ci on ${open.entityRef}`,
      }),
    );
    fireEvent.change(screen.getByLabelText('Assign to'), {
      target: { value: 'alice' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Apply to 1' }));
    expect(
      await screen.findByText(/assignee: must be an entity reference/),
    ).toBeInTheDocument();
    expect(updateRemediation).not.toHaveBeenCalled();
  });

  it('opens an item from the address, saves a change and shows its history', async () => {
    const updateRemediation = jest.fn(async () => ({
      ...open,
      status: 'in-progress' as const,
    }));
    const api = boardApi({
      updateRemediation,
      getRemediationEvents: async () => ({
        item: open,
        events: events(open.id),
      }),
    });
    await render(api, `/stackscore/remediation?item=${open.id}`);
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText('Opened: the check failed'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Assigned to alice')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Ticket link'), {
      target: { value: 'https://tickets.example.com/SEC-9' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(updateRemediation).toHaveBeenCalledWith(open.id, {
        ticketUrl: 'https://tickets.example.com/SEC-9',
      }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    await waitFor(() => expect(location()).toBe('/stackscore/remediation'));
  });

  it('keeps the edit and shows why when a save is refused', async () => {
    const api = boardApi({
      updateRemediation: async () => {
        throw await responseError(
          409,
          'ConflictError',
          'Cannot change the status: the item is resolved',
        );
      },
      getRemediationEvents: async () => ({ item: open, events: [] }),
    });
    await render(api, `/stackscore/remediation?item=${open.id}`);
    const dialog = await screen.findByRole('dialog');
    const notes = await within(dialog).findByLabelText('Notes');
    fireEvent.change(notes, { target: { value: 'Semgrep job drafted' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /the item is resolved/,
    );
    expect(within(dialog).getByLabelText('Notes')).toHaveValue(
      'Semgrep job drafted',
    );
  });

  it('shows the item read-only to people who may not change it', async () => {
    const api = boardApi({
      getRemediationEvents: async () => ({ item: open, events: [] }),
    });
    await render(api, `/stackscore/remediation?item=${open.id}`, false);
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText(/Only the owners of checkout-api/),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Notes')).toBeDisabled();
    expect(within(dialog).queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('says so when the filters match nothing', async () => {
    const api = boardApi({
      listRemediations: jest.fn(async () => itemList([])),
    });
    await render(api, '/stackscore/remediation?check=security.dast');
    expect(
      await screen.findByText('No items match these filters'),
    ).toBeInTheDocument();
  });
});

describe('updateAll', () => {
  it('reports every refusal with its reason and counts the rest', async () => {
    const outcome = await updateAll(
      async id => {
        if (id === started.id) throw new Error('Not allowed');
      },
      [open, started, promo],
      { status: 'in-progress' },
    );
    expect(outcome).toEqual({
      updated: 2,
      failures: [{ item: started, message: 'Not allowed' }],
    });
  });
});
