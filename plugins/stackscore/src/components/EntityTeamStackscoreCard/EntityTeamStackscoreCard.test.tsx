import { screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import {
  group,
  noScores,
  notFound,
  teamScores,
} from '../EntityTeamStackscoreContent/testData';
import { EntityTeamStackscoreCard } from './EntityTeamStackscoreCard';

function render(api: StackscoreApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[stackscoreApiRef, api]]}>
      <EntityProvider entity={group}>
        <EntityTeamStackscoreCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityTeamStackscoreCard', () => {
  it('shows services scored, each scorecard’s levels and mean, and links to the tab', async () => {
    // The card asks for one row: the figures it shows cover every service anyway.
    const getTeamScores = jest.fn(async () => ({
      ...teamScores,
      items: teamScores.items.slice(0, 1),
      nextCursor: 'next',
    }));
    await render(fakeApi({ getTeamScores }));

    expect(await screen.findByText('3 services scored')).toBeInTheDocument();
    expect(getTeamScores).toHaveBeenCalledTimes(1);
    expect(getTeamScores).toHaveBeenCalledWith(
      { kind: 'Group', namespace: 'default', name: 'payments' },
      { includeSubgroups: true, limit: 1 },
    );
    expect(screen.getByText('SLOs and resilience')).toBeInTheDocument();
    expect(screen.getByText('mean 70%')).toBeInTheDocument();
    expect(screen.getByText('mean 60%')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'SLOs and resilience: none 1, bronze 0, silver 0, gold 1',
      }),
    ).toBeInTheDocument();
    // Supply chain applies to none of the services.
    expect(screen.getByText('applies to no service')).toBeInTheDocument();
    expect(screen.getByText('n/a')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /View all/ })).toHaveAttribute(
      'href',
      '/catalog/default/group/payments/stackscore',
    );
  });

  it('explains ownership when the group has no scored services', async () => {
    await render(fakeApi({ getTeamScores: async () => noScores }));
    expect(await screen.findByText('No scored services')).toBeInTheDocument();
    expect(
      screen.getByText('spec.owner: group:default/payments'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /View all/ }),
    ).not.toBeInTheDocument();
  });

  it('shows the error when the scores cannot be loaded', async () => {
    await render(
      fakeApi({
        getTeamScores: async () => {
          throw new Error('backend unavailable');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/backend unavailable/))[0],
    ).toBeInTheDocument();
  });

  it('says so when the backend does not know the group', async () => {
    await render(
      fakeApi({
        getTeamScores: async () => {
          throw await notFound();
        },
      }),
    );
    expect(
      await screen.findByText(/Group not known to Stackscore/),
    ).toBeInTheDocument();
  });
});
