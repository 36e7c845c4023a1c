import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { group, notFound } from '../EntityTeamStackscoreContent/testData';
import { fakeApi } from '../shared/testData';
import { goDetail, paymentsRadar } from '../shared/radarTestData';
import { EntityTeamRadarContent } from './EntityTeamRadarContent';

// Each test drives a whole view through many interactions; the 5 s default is too tight on a busy 2-core runner.
jest.setTimeout(20_000);

// usePermission caches decisions across renders (SWR), so each test states its decision through the hook.
jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: jest.fn(),
}));
const mockedUsePermission = usePermission as jest.MockedFunction<
  typeof usePermission
>;

const teamRef = { kind: 'Group', namespace: 'default', name: 'payments' };

function render(api: StackscoreApi) {
  mockedUsePermission.mockReturnValue({ loading: false, allowed: false });
  return renderInTestApp(
    <TestApiProvider apis={[[stackscoreApiRef, api]]}>
      <EntityProvider entity={group}>
        <EntityTeamRadarContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityTeamRadarContent', () => {
  it('alerts about services using technologies on hold', async () => {
    const getTeamRadar = jest.fn(async () => paymentsRadar);
    await render(fakeApi({ getTeamRadar }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('1 service uses technologies on hold');
    expect(alert).toHaveTextContent('Python 2');
    expect(getTeamRadar).toHaveBeenCalledWith(teamRef, {
      includeSubgroups: true,
    });

    expect(
      screen.getByRole('heading', { name: 'Hold flags' }),
    ).toBeInTheDocument();
    expect(
      within(
        screen.getByRole('table', {
          name: 'Services using technologies on hold',
        }),
      ).getByRole('link', { name: 'legacy-billing' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Python 2' }),
    ).toBeInTheDocument();
  });

  it('counts each service once however many holds it uses', async () => {
    const billing = paymentsRadar.holds[0].services[0];
    const holds = [
      ...paymentsRadar.holds,
      { id: 'angularjs', title: 'AngularJS', services: [billing] },
      {
        id: 'jenkins-freestyle',
        title: 'Freestyle Jenkins jobs',
        services: [
          billing,
          { ...billing, entityRef: 'component:default/ledger' },
        ],
      },
    ];
    await render(
      fakeApi({ getTeamRadar: async () => ({ ...paymentsRadar, holds }) }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '2 services use technologies on hold',
    );
  });

  it('has no alert when nothing on hold is used', async () => {
    await render(
      fakeApi({
        getTeamRadar: async () => ({
          ...paymentsRadar,
          entries: paymentsRadar.entries.filter(e => e.ring !== 'hold'),
          holds: [],
        }),
      }),
    );
    expect(
      await screen.findByText(
        'None of the team’s services use a technology on hold.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens an entry with the team’s services using it', async () => {
    await render(
      fakeApi({
        getTeamRadar: async () => paymentsRadar,
        getRadarEntry: async () => goDetail,
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Go' }));
    const users = await screen.findByRole('table', {
      name: 'Services using Go',
    });
    expect(within(users).getAllByRole('link')).toHaveLength(2);
    expect(
      screen.queryByRole('button', { name: 'Move ring' }),
    ).not.toBeInTheDocument();
  });

  it('refetches without subgroups when the switch is turned off', async () => {
    const getTeamRadar = jest.fn(async () => paymentsRadar);
    await render(fakeApi({ getTeamRadar }));
    await screen.findByRole('alert');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Include subgroups' }),
    );
    expect(getTeamRadar).toHaveBeenLastCalledWith(teamRef, {
      includeSubgroups: false,
    });
    expect(
      screen.getByText(
        'Technologies used by services owned directly by this group',
      ),
    ).toBeInTheDocument();
  });

  it('explains an empty team radar', async () => {
    await render(
      fakeApi({
        getTeamRadar: async () => ({
          ...paymentsRadar,
          services: 0,
          entries: [],
          holds: [],
          unknown: [],
        }),
      }),
    );
    expect(
      await screen.findByText('No radar entries in use'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('img', { name: 'Tech radar' }),
    ).not.toBeInTheDocument();
  });

  it('shows errors, and says when the backend does not know the group', async () => {
    const { unmount } = await render(
      fakeApi({
        getTeamRadar: async () => {
          throw new Error('radar store unavailable');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/radar store unavailable/))[0],
    ).toBeInTheDocument();
    unmount();

    await render(
      fakeApi({
        getTeamRadar: async () => {
          throw await notFound();
        },
      }),
    );
    expect(
      await screen.findByText(/Group not known to Stackscore/),
    ).toBeInTheDocument();
  });
});
