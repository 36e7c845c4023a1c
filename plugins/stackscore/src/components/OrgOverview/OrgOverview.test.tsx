import { screen, within } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import {
  checkDefinitions,
  emptyOverview,
  overview,
  securitySummary,
} from '../StackscorePage/testData';
import { OrgOverview } from './OrgOverview';

function render(api: StackscoreApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[stackscoreApiRef, api]]}>
      <OrgOverview />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const loaded = {
  getOverview: async () => overview,
  getChecks: async () => ({
    catalogueVersion: '2026.11.1',
    items: checkDefinitions,
  }),
  getScorecards: async () => [securitySummary],
};

describe('OrgOverview', () => {
  it('shows organisation totals with a level distribution per scorecard', async () => {
    await render(fakeApi(loaded));
    expect(await screen.findByText('5 entities scored')).toBeInTheDocument();
    expect(screen.getByText('mean 72%')).toBeInTheDocument();
    expect(screen.getByText('mean 80%')).toBeInTheDocument();
    expect(
      screen.getByText('Applies to nothing scored here.'),
    ).toBeInTheDocument();
    const bar = screen.getByRole('img', {
      name: 'Security hardening: none 1, bronze 2, silver 1, gold 1',
    });
    // One segment per level somebody is at, titled with its count.
    expect(
      within(bar)
        .getAllByTitle(/^(none|bronze|silver|gold): \d+$/)
        .map(segment => segment.title),
    ).toEqual(['none: 1', 'bronze: 2', 'silver: 1', 'gold: 1']);
    const observability = screen.getByRole('img', {
      name: /^Observability: /,
    });
    expect(within(observability).queryByTitle('gold: 0')).toBeNull();
    // The legend under each bar names every level with its count.
    for (const entry of ['none 1', 'bronze 2', 'silver 1', 'gold 1']) {
      expect(screen.getAllByText(entry).length).toBeGreaterThan(0);
    }
  });

  it('ranks the best teams and links them to their Stackscore tab', async () => {
    await render(fakeApi(loaded));
    const leaderboard = await screen.findByRole('table', {
      name: 'Teams by score',
    });
    const names = within(leaderboard)
      .getAllByRole('row')
      .slice(1)
      .map(row => within(row).getAllByRole('cell')[1].textContent);
    expect(names).toEqual([
      'Payments',
      'group:default/identity',
      'No owner',
      'Alice',
    ]);
    expect(
      within(leaderboard).getByRole('link', { name: 'Payments' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments/stackscore');
    expect(
      screen.getByText('Top 4 of 4 by mean score over their scorecards'),
    ).toBeInTheDocument();
  });

  it('lists the most failed checks with titles, counts and links to the Checks tab', async () => {
    await render(fakeApi(loaded));
    const table = await screen.findByRole('table', {
      name: 'Most failed checks',
    });
    const first = within(table).getAllByRole('row')[1];
    expect(
      within(first)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      'Containers run as a non-root usersecurity.container-non-root',
      'Security hardening',
      '3 / 4',
      '75%',
    ]);
    expect(
      within(first).getByRole('link', {
        name: 'Containers run as a non-root user',
      }),
    ).toHaveAttribute('href', '/checks?check=security.container-non-root');
    // Then the scorecards themselves.
    expect(await screen.findByText('20 checks')).toBeInTheDocument();
  });

  it('falls back to check ids when the catalogue cannot be read', async () => {
    await render(
      fakeApi({
        ...loaded,
        getChecks: async () => {
          throw new Error('catalogue down');
        },
      }),
    );
    expect(
      await screen.findByRole('link', { name: 'slo.error-budget' }),
    ).toHaveAttribute('href', '/checks?check=slo.error-budget');
    expect(
      screen.getByText(/Check titles could not be loaded \(catalogue down\)/),
    ).toBeInTheDocument();
  });

  it('explains how to get scores when nothing is scored yet', async () => {
    await render(
      fakeApi({ ...loaded, getOverview: async () => emptyOverview }),
    );
    expect(await screen.findByText('Nothing scored yet')).toBeInTheDocument();
    expect(screen.getByText(/stackscore\.schedule/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to Runs' })).toHaveAttribute(
      'href',
      '/runs',
    );
    expect(screen.queryByText('Teams leaderboard')).not.toBeInTheDocument();
    expect(await screen.findByText('20 checks')).toBeInTheDocument();
  });

  it('shows why the overview could not be loaded', async () => {
    await render(
      fakeApi({
        ...loaded,
        getOverview: async () => {
          throw new Error('Overview failed: database locked');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/database locked/))[0],
    ).toBeInTheDocument();
    expect(screen.queryByText('Organisation')).not.toBeInTheDocument();
  });
});
