import { screen } from '@testing-library/react';
import { identityApiRef } from '@backstage/core-plugin-api';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { stackscoreApiRef, type StackscoreApi } from '../../api';
import { rootRouteRef } from '../../routes';
import { fakeApi } from '../shared/testData';
import { item, itemList } from '../shared/remediationTestData';
import { YourTeamItems } from './YourTeamItems';

function render(api: StackscoreApi, ownershipEntityRefs: string[]) {
  const identityApi = {
    getBackstageIdentity: async () => ({
      type: 'user' as const,
      userEntityRef: 'user:default/alice',
      ownershipEntityRefs,
    }),
  };
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [stackscoreApiRef, api],
        [identityApiRef, identityApi],
      ]}
    >
      <YourTeamItems />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/stackscore': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

describe('YourTeamItems', () => {
  it("lists the user's teams' open items with a link to each team's board", async () => {
    const listRemediations = jest.fn(async () =>
      itemList([item({ overdue: true, dueDate: '2026-11-01' })], { open: 7 }),
    );
    await render(fakeApi({ listRemediations }), [
      'user:default/alice',
      'group:default/payments',
    ]);
    expect(
      await screen.findByText(/7 open or in progress across payments/),
    ).toBeInTheDocument();
    expect(screen.getByText('overdue since 2026-11-01')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'payments board' }),
    ).toHaveAttribute(
      'href',
      '/stackscore/remediation?team=group%3Adefault%2Fpayments',
    );
    expect(listRemediations).toHaveBeenCalledWith({
      owner: ['group:default/payments'],
      includeSubgroups: true,
      status: ['open', 'in-progress'],
      limit: 5,
    });
  });

  it('says so when the user is in no team', async () => {
    const listRemediations = jest.fn();
    await render(fakeApi({ listRemediations }), ['user:default/alice']);
    expect(
      await screen.findByText(/not a member of any team in the catalog/),
    ).toBeInTheDocument();
    expect(listRemediations).not.toHaveBeenCalled();
  });
});
