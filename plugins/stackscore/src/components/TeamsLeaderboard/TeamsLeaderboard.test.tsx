import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import { emptyOverview, overview } from '../StackscorePage/testData';
import { TeamsLeaderboard } from './TeamsLeaderboard';
import { TeamsTab } from './TeamsTab';
import { medianLevel, teamMean } from './teams';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

function renderTab(api: StackscoreApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[stackscoreApiRef, api]]}>
      <TeamsTab />
    </TestApiProvider>,
    { mountedRoutes },
  );
}

/** Rank and team name of every body row, in display order. */
function rows() {
  const table = screen.getByRole('table', { name: 'Teams by score' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => {
      const cells = within(row).getAllByRole('cell');
      return `${cells[0].textContent} ${cells[1].textContent}`;
    });
}

describe('TeamsTab', () => {
  it('lists every owner best first, linking groups to their Stackscore tab', async () => {
    await renderTab(fakeApi({ getOverview: async () => overview }));
    expect(await screen.findByText('Payments')).toBeInTheDocument();
    expect(rows()).toEqual([
      '1 Payments',
      '2 group:default/identity',
      '3 No owner',
      '4 Alice',
    ]);
    expect(screen.getByRole('link', { name: 'Payments' })).toHaveAttribute(
      'href',
      '/catalog/default/group/payments/stackscore',
    );
    // A user has no Stackscore tab: link to its entity page instead.
    expect(screen.getByRole('link', { name: 'Alice' })).toHaveAttribute(
      'href',
      '/catalog/default/user/alice',
    );
    expect(
      screen.queryByRole('link', { name: 'No owner' }),
    ).not.toBeInTheDocument();
    const payments = screen
      .getByRole('link', { name: 'Payments' })
      .closest('tr')!;
    expect(
      within(payments)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['1', 'Payments', '3', '90%', '100%', '80%', '90%', 'n/a']);
    expect(screen.getByText('4 owners', { exact: false })).toBeInTheDocument();
  });

  it('sorts by the clicked column and reverses on a second click', async () => {
    await renderTab(fakeApi({ getOverview: async () => overview }));
    await screen.findByText('Payments');

    await userEvent.click(screen.getByRole('button', { name: 'Entities' }));
    expect(rows()).toEqual([
      '3 No owner',
      '1 Payments',
      '4 Alice',
      '2 group:default/identity',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Entities' }));
    expect(rows()).toEqual([
      '2 group:default/identity',
      '4 Alice',
      '1 Payments',
      '3 No owner',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Team' }));
    expect(rows()).toEqual([
      '4 Alice',
      '2 group:default/identity',
      '3 No owner',
      '1 Payments',
    ]);

    // Teams a scorecard does not apply to stay last in both directions.
    await userEvent.click(
      screen.getByRole('button', { name: 'Observability' }),
    );
    expect(rows()).toEqual([
      '1 Payments',
      '3 No owner',
      '4 Alice',
      '2 group:default/identity',
    ]);
    await userEvent.click(
      screen.getByRole('button', { name: 'Observability' }),
    );
    expect(rows()).toEqual([
      '3 No owner',
      '1 Payments',
      '4 Alice',
      '2 group:default/identity',
    ]);
    expect(
      screen.getByRole('button', { name: 'Observability' }).closest('th'),
    ).toHaveAttribute('aria-sort', 'ascending');
  });

  it('says how teams appear when nothing is scored', async () => {
    await renderTab(fakeApi({ getOverview: async () => emptyOverview }));
    expect(await screen.findByText('No teams yet')).toBeInTheDocument();
    expect(
      screen.getByText(/start one now from the Runs tab/),
    ).toBeInTheDocument();
  });

  it('shows why the overview could not be loaded', async () => {
    await renderTab(
      fakeApi({
        getOverview: async () => {
          throw new Error('Backend unavailable');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/Backend unavailable/))[0],
    ).toBeInTheDocument();
  });
});

describe('TeamsLeaderboard', () => {
  it('shows only the best teams when limited, without sort buttons', async () => {
    const teams = Array.from({ length: 12 }, (_, index) => ({
      ref: `group:default/team-${String(index).padStart(2, '0')}`,
      title: `Team ${String(index).padStart(2, '0')}`,
      entities: 1,
      averages: { slo: index / 11 },
      levelDistribution: {},
    }));
    await renderInTestApp(<TeamsLeaderboard teams={teams} limit={10} />, {
      mountedRoutes,
    });
    const shown = rows();
    expect(shown).toHaveLength(10);
    expect(shown[0]).toBe('1 Team 11');
    expect(shown[9]).toBe('10 Team 02');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('team figures', () => {
  it('averages the scorecards, not the entities', () => {
    expect(teamMean(overview.teams[1])).toBeCloseTo(0.9);
    expect(teamMean(overview.teams[3])).toBeUndefined();
  });

  it('takes the level the middle entity reaches', () => {
    expect(medianLevel({ none: 1, bronze: 1, silver: 1, gold: 2 })).toBe(
      'silver',
    );
    expect(medianLevel({ none: 2, bronze: 2, silver: 0, gold: 0 })).toBe(
      'none',
    );
    expect(medianLevel(undefined)).toBe('none');
  });
});
