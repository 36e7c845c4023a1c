import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import { EntityTeamStackscoreContent } from './EntityTeamStackscoreContent';
import {
  group,
  noScores,
  notFound,
  service,
  teamHistory,
  teamScores,
} from './testData';

const teamRef = { kind: 'Group', namespace: 'default', name: 'payments' };

function render(api: StackscoreApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[stackscoreApiRef, api]]}>
      <EntityProvider entity={group}>
        <EntityTeamStackscoreContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

/** The service names in the order the heatmap shows them. */
function serviceColumn() {
  const table = screen.getByRole('table', { name: 'Service heatmap' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent);
}

// Rendering and sorting 500 rows in jsdom takes seconds on a loaded 2-core CI machine.
jest.setTimeout(30_000);

describe('EntityTeamStackscoreContent', () => {
  it('summarises the team and lists its services weakest first', async () => {
    const getAllTeamScores = jest.fn(async () => teamScores);
    const getTeamHistory = jest.fn(async () => teamHistory);
    await render(fakeApi({ getAllTeamScores, getTeamHistory }));

    const table = await screen.findByRole('table', {
      name: 'Service heatmap',
    });
    expect(getAllTeamScores).toHaveBeenCalledWith(teamRef, {
      includeSubgroups: true,
    });
    expect(getTeamHistory).toHaveBeenCalledWith(teamRef, {
      includeSubgroups: true,
    });

    // Summary: services scored, mean per scorecard, level distribution with 'none' counted.
    expect(screen.getByText('3')).toBeInTheDocument();
    expect(screen.getByText('services scored')).toBeInTheDocument();
    expect(screen.getByText('(including 1 subgroup)')).toBeInTheDocument();
    expect(screen.getByText('mean 70%')).toBeInTheDocument();
    expect(screen.getByText('mean 57%')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Security hardening: none 1, bronze 0, silver 2, gold 0',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('silver 2')).toHaveLength(1);
    expect(
      screen.getByText('Applies to nothing scored here.'),
    ).toBeInTheDocument();

    // Trend over the backend's range.
    expect(
      screen.getByText('Mean score per scorecard, 2026-08-25 to 2026-11-22'),
    ).toBeInTheDocument();

    // Heatmap: headers are scorecard titles, weakest mean first, n/a where a scorecard does not apply.
    const headers = within(table)
      .getAllByRole('columnheader')
      .map(h => h.textContent);
    expect(headers).toEqual([
      'Service',
      'Owner',
      'SLOs and resilience',
      'Observability',
      'Security hardening',
      'Supply chain',
      'Mean',
    ]);
    expect(serviceColumn()).toEqual(['ledger', 'risk-engine', 'checkout-api']);
    const riskRow = within(table).getAllByRole('row')[2];
    expect(
      within(riskRow)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      'risk-engine',
      'payments-risk',
      'n/a',
      '60%',
      '70%',
      'n/a',
      '65%',
    ]);

    expect(
      within(table).getByRole('link', { name: 'checkout-api' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout-api');
    expect(
      within(riskRow).getByRole('link', { name: 'payments-risk' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments-risk');
  });

  it('re-sorts when a column header is clicked, keeping n/a last both ways', async () => {
    await render(
      fakeApi({
        getAllTeamScores: async () => teamScores,
        getTeamHistory: async () => teamHistory,
      }),
    );
    const table = await screen.findByRole('table', {
      name: 'Service heatmap',
    });
    const header = (name: string) =>
      within(table).getByRole('button', { name });

    await userEvent.click(header('Service'));
    expect(serviceColumn()).toEqual(['checkout-api', 'ledger', 'risk-engine']);
    await userEvent.click(header('Service'));
    expect(serviceColumn()).toEqual(['risk-engine', 'ledger', 'checkout-api']);

    await userEvent.click(header('SLOs and resilience'));
    expect(serviceColumn()).toEqual(['ledger', 'checkout-api', 'risk-engine']);
    await userEvent.click(header('SLOs and resilience'));
    expect(serviceColumn()).toEqual(['checkout-api', 'ledger', 'risk-engine']);

    await userEvent.click(header('Mean'));
    expect(serviceColumn()).toEqual(['ledger', 'risk-engine', 'checkout-api']);
    await userEvent.click(header('Mean'));
    expect(serviceColumn()).toEqual(['checkout-api', 'risk-engine', 'ledger']);

    await userEvent.click(header('Owner'));
    expect(serviceColumn()).toEqual(['checkout-api', 'ledger', 'risk-engine']);
  });

  it('refetches without subgroups when the switch is turned off', async () => {
    const direct = {
      ...teamScores,
      team: { ...teamScores.team, subgroups: [] },
      items: teamScores.items.filter(i => i.name !== 'risk-engine'),
      total: 2,
    };
    const getAllTeamScores = jest.fn(
      async (_ref: unknown, options?: { includeSubgroups?: boolean }) =>
        options?.includeSubgroups === false ? direct : teamScores,
    );
    const getTeamHistory = jest.fn(async () => teamHistory);
    await render(fakeApi({ getAllTeamScores, getTeamHistory }));
    await screen.findByRole('table', { name: 'Service heatmap' });

    const toggle = screen.getByRole('checkbox', { name: 'Include subgroups' });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);

    expect(getAllTeamScores).toHaveBeenLastCalledWith(teamRef, {
      includeSubgroups: false,
    });
    expect(getTeamHistory).toHaveBeenLastCalledWith(teamRef, {
      includeSubgroups: false,
    });
    await waitFor(() =>
      expect(serviceColumn()).toEqual(['ledger', 'checkout-api']),
    );
    expect(
      screen.getByText('Services owned directly by this group'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Include subgroups' }),
    ).not.toBeChecked();
  });

  it('explains ownership when the group has no scored services', async () => {
    await render(
      fakeApi({
        getAllTeamScores: async () => noScores,
        getTeamHistory: async () => ({ ...teamHistory, points: [] }),
      }),
    );
    expect(await screen.findByText('No scored services')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Services owned by this group are scored on the schedule/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('spec.owner: group:default/payments'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Service heatmap' }),
    ).not.toBeInTheDocument();
  });

  it('shows the error when the scores cannot be loaded', async () => {
    await render(
      fakeApi({
        getAllTeamScores: async () => {
          throw new Error('backend unavailable');
        },
        getTeamHistory: async () => teamHistory,
      }),
    );
    expect(
      (await screen.findAllByText(/backend unavailable/))[0],
    ).toBeInTheDocument();
  });

  it('says so when the backend does not know the group', async () => {
    await render(
      fakeApi({
        getAllTeamScores: async () => {
          throw await notFound();
        },
        getTeamHistory: async () => {
          throw await notFound();
        },
      }),
    );
    expect(
      await screen.findByText(/Group not known to Stackscore/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/could not find group:default\/payments/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Request failed/)).not.toBeInTheDocument();
  });

  it('renders only one page of rows for 500 services', async () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      service(`svc-${String(i).padStart(3, '0')}`, {
        slo: (i % 100) / 100,
        security: ((i * 7) % 100) / 100,
      }),
    );
    await render(
      fakeApi({
        getAllTeamScores: async () => ({
          ...teamScores,
          items: many,
          total: 500,
        }),
        getTeamHistory: async () => teamHistory,
      }),
    );
    const table = await screen.findByRole('table', {
      name: 'Service heatmap',
    });
    // One header row and the default page of 50.
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('1-50 of 500')).toBeInTheDocument();
    // The weakest mean (0 on both scorecards) comes first.
    expect(serviceColumn()[0]).toBe('svc-000');

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('51-100 of 500')).toBeInTheDocument();
  });
});
