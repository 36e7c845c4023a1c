import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router-dom';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import {
  goDetail,
  groups,
  orgRadar,
  paymentsRadar,
  responseError,
  rustDetail,
  unknownTechnologies,
} from '../shared/radarTestData';
import { decision, ids } from '../shared/decisionTestData';
import { RadarPage } from './RadarPage';

// Each test drives a whole view through many interactions; the 5 s default is too tight on a busy 2-core runner.
jest.setTimeout(20_000);

// usePermission caches decisions across renders (SWR), so each test states its decision through the hook.
jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: jest.fn(),
}));
const mockedUsePermission = usePermission as jest.MockedFunction<
  typeof usePermission
>;

function LocationProbe() {
  const location = useLocation();
  return (
    <div data-testid="location">{`${location.pathname}${location.search}`}</div>
  );
}
const location = () => screen.getByTestId('location').textContent;

const catalogApi = {
  getEntities: jest.fn(async () => ({ items: groups })),
};

function render(api: StackscoreApi, path = '/radar', allowed = false) {
  mockedUsePermission.mockReturnValue({ loading: false, allowed });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [stackscoreApiRef, api],
        [catalogApiRef, catalogApi],
      ]}
    >
      <Routes>
        <Route path="/radar" element={<RadarPage />} />
      </Routes>
      <LocationProbe />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const loaded = (overrides: Partial<StackscoreApi> = {}) =>
  fakeApi({
    getRadar: jest.fn(async () => orgRadar),
    getUnknownTechnologies: jest.fn(async () => unknownTechnologies),
    getRadarEntry: jest.fn(async (id: string) =>
      id === 'rust' ? rustDetail : goDetail,
    ),
    getTeamRadar: jest.fn(async () => paymentsRadar),
    ...overrides,
  });

describe('RadarPage', () => {
  it('shows the organisation radar with usage and what is not on it', async () => {
    await render(loaded());
    expect(
      await screen.findByRole('img', { name: 'Tech radar' }),
    ).toBeInTheDocument();
    const blips = within(
      screen.getByRole('group', { name: 'Radar entries' }),
    ).getAllByRole('button');
    expect(blips).toHaveLength(orgRadar.entries.length);

    const team = screen.getByRole('combobox', { name: 'Team' });
    expect(team).toHaveValue('');
    expect(
      within(team)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Organisation', 'Identity', 'Payments']);
    expect(catalogApi.getEntities).toHaveBeenCalledWith(
      expect.objectContaining({ filter: { kind: 'Group' } }),
    );

    await userEvent.hover(screen.getByRole('button', { name: 'Kubernetes' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('5 services');

    const unknown = await screen.findByRole('table', {
      name: 'Not on the radar',
    });
    expect(
      within(unknown).getByText('github.com/gorilla/mux'),
    ).toBeInTheDocument();
    expect(
      within(unknown).getByRole('link', { name: 'identity' }),
    ).toHaveAttribute('href', '/catalog/default/group/identity');
  });

  it('opens an entry with its guidance, timeline and users, linkable by address', async () => {
    const api = loaded();
    await render(api);
    await userEvent.click(await screen.findByRole('button', { name: 'Go' }));
    expect(location()).toBe('/radar?entry=go');
    expect(
      await screen.findByText('The default language for new backend services.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'TechStack Comparisons — Enterprise Stack Guide — Go at Enterprise Scale (L11)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Timeline of Go' }),
    ).toHaveTextContent('Placed in Adopt');
    const users = screen.getByRole('table', { name: 'Services using Go' });
    expect(
      within(users).getByRole('link', { name: 'checkout-api' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout-api');
    expect(within(users).getByText('2026-11-02')).toBeInTheDocument();

    // A conflict links to the entries it involves.
    await userEvent.click(screen.getByRole('button', { name: 'Rust' }));
    expect(location()).toBe('/radar?entry=rust');
    expect(
      await screen.findByText('The guidance disagrees'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Backend Framework: Language Comparison — Rust: Maximum Performance and Memory Safety (L120-132)',
      ),
    ).toBeInTheDocument();
    const timeline = screen.getByRole('table', { name: 'Timeline of Rust' });
    const newest = within(timeline).getAllByRole('row')[1];
    expect(
      within(newest)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      '2026-11-10',
      'Assess → Trial',
      'Two teams run it in production',
      'alice',
      'adr-7',
    ]);
    // The related entry is a link-styled button inside the warning, besides the blip named Go.
    const alert = screen
      .getByText('The guidance disagrees')
      .closest('[role="alert"]') as HTMLElement;
    await userEvent.click(within(alert).getByRole('button', { name: 'Go' }));
    expect(location()).toBe('/radar?entry=go');

    await userEvent.click(
      await screen.findByRole('button', { name: 'Close details' }),
    );
    expect(location()).toBe('/radar');
  });

  it('switches to a team radar with its hold flags', async () => {
    const api = loaded();
    await render(api);
    await screen.findByRole('img', { name: 'Tech radar' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('combobox', { name: 'Team' })).getAllByRole(
          'option',
        ),
      ).toHaveLength(3),
    );

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Team' }),
      'Payments',
    );
    expect(location()).toBe('/radar?team=group%3Adefault%2Fpayments');
    expect(
      await screen.findByRole('heading', { name: 'Hold flags' }),
    ).toBeInTheDocument();
    expect(api.getTeamRadar).toHaveBeenCalledWith(
      { kind: 'group', namespace: 'default', name: 'payments' },
      { includeSubgroups: true },
    );

    const holds = screen.getByRole('table', {
      name: 'Services using technologies on hold',
    });
    const row = within(holds).getAllByRole('row')[1];
    expect(
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['Python 2', 'legacy-billing', '2025-03-14', 'setup.py:4']);
    expect(
      within(row).getByRole('link', { name: 'legacy-billing' }),
    ).toHaveAttribute('href', '/catalog/default/component/legacy-billing');
    expect(
      screen.getByText('1 service uses technologies on hold'),
    ).toBeInTheDocument();

    // Only the entries the team uses are on its radar.
    expect(
      within(screen.getByRole('group', { name: 'Radar entries' }))
        .getAllByRole('button')
        .map(b => b.getAttribute('aria-label')),
    ).toEqual(['Go', 'Python 2']);
    expect(
      within(
        screen.getByRole('table', { name: 'Unknown technologies' }),
      ).getByText('left-pad'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Include subgroups' }),
    );
    expect(api.getTeamRadar).toHaveBeenLastCalledWith(
      { kind: 'group', namespace: 'default', name: 'payments' },
      { includeSubgroups: false },
    );

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Team' }),
      'Organisation',
    );
    expect(location()).toBe('/radar');
    expect(
      await screen.findByRole('table', { name: 'Not on the radar' }),
    ).toBeInTheDocument();
  });

  it('opens a linked team radar and its entry, listing the team’s services', async () => {
    await render(loaded(), '/radar?team=group:default/payments&entry=go');
    expect(screen.getByRole('combobox', { name: 'Team' })).toHaveValue(
      'group:default/payments',
    );
    const users = await screen.findByRole('table', {
      name: 'Services using Go',
    });
    expect(screen.getByText('Used by the team’s services')).toBeInTheDocument();
    expect(
      within(users)
        .getAllByRole('link')
        .map(l => l.textContent),
    ).toEqual(['checkout-api', 'ledger']);
  });

  it('lists the decisions linked to an entry', async () => {
    const listDecisions = jest.fn(async () => ({ items: [decision()] }));
    await render(loaded({ listDecisions }), '/radar?entry=go');
    const list = await screen.findByRole('list', {
      name: 'Decisions linked to Go',
    });
    expect(
      within(list).getByRole('link', {
        name: '#3 Use Kafka for domain events',
      }),
    ).toHaveAttribute('href', `/stackscore/decisions/${ids.kafka}`);
    expect(listDecisions).toHaveBeenCalledWith({
      radarEntry: 'go',
      check: undefined,
    });
  });

  it('says so when a linked team is not a group', async () => {
    await render(loaded(), '/radar?team=component:default/checkout-api');
    expect(await screen.findByText('Warning: Not a team')).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: 'Tech radar' }),
    ).toBeInTheDocument();
  });

  it('shows backend errors', async () => {
    await render(
      loaded({
        getRadar: async () => {
          throw new Error('radar store unavailable');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/radar store unavailable/))[0],
    ).toBeInTheDocument();
  });

  it('says when the backend does not know the team', async () => {
    await render(
      loaded({
        getTeamRadar: async () => {
          throw await responseError(404, 'NotFoundError', 'No group');
        },
      }),
      '/radar?team=group:default/ghosts',
    );
    expect(
      await screen.findByText(/could not find group:default\/ghosts/),
    ).toBeInTheDocument();
  });
});

describe('Move ring', () => {
  it('is offered only with the update permission', async () => {
    await render(loaded(), '/radar?entry=go', false);
    expect(
      await screen.findByText('The default language for new backend services.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Move ring' }),
    ).not.toBeInTheDocument();
  });

  it('needs a reason, moves the entry and reloads the radar', async () => {
    const api = loaded({
      updateRadarEntry: jest.fn(async () => ({
        ...orgRadar.entries[0],
        ring: 'trial' as const,
      })),
    });
    await render(api, '/radar?entry=go', true);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Move ring' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Move “Go”' });
    const move = within(dialog).getByRole('button', { name: 'Move' });
    expect(move).toBeDisabled();
    expect(
      within(dialog)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Trial', 'Assess', 'Hold']);

    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'New ring' }),
      'Assess',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      '   ',
    );
    expect(move).toBeDisabled();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Cost of the runtime at scale',
    );
    expect(move).toBeEnabled();
    await userEvent.click(move);

    expect(api.updateRadarEntry).toHaveBeenCalledWith('go', {
      ring: 'assess',
      reason: 'Cost of the runtime at scale',
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.getRadarEntry).toHaveBeenCalledTimes(2);
    expect(api.getRadar).toHaveBeenCalledTimes(2);
  });

  it('offers the decisions linked to the entry as the record behind a move, and links it on the timeline', async () => {
    const kafka = decision();
    const cited = {
      ...goDetail,
      timeline: [
        ...goDetail.timeline,
        {
          date: '2026-11-12T09:00:00.000Z',
          from: 'adopt' as const,
          to: 'trial' as const,
          reason: 'Kafka changes how services talk',
          by: 'user:default/alice',
          decisionId: kafka.id,
        },
      ],
    };
    const api = loaded({
      listDecisions: jest.fn(async () => ({ items: [kafka] })),
      getRadarEntry: jest.fn(async () => cited),
      updateRadarEntry: jest.fn(async () => cited),
    });
    await render(api, '/radar?entry=go', true);

    const timeline = await screen.findByRole('table', {
      name: 'Timeline of Go',
    });
    expect(
      await within(timeline).findByRole('link', {
        name: `#${kafka.number} ${kafka.title}`,
      }),
    ).toHaveAttribute('href', `/stackscore/decisions/${ids.kafka}`);

    await userEvent.click(screen.getByRole('button', { name: 'Move ring' }));
    const dialog = screen.getByRole('dialog', { name: 'Move “Go”' });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Decision record' }),
      `#${kafka.number} ${kafka.title}`,
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Recorded in the Kafka decision',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(api.updateRadarEntry).toHaveBeenCalledWith('go', {
      ring: 'trial',
      reason: 'Recorded in the Kafka decision',
      decisionId: ids.kafka,
    });
  });

  it('shows why the backend refused the move', async () => {
    const api = loaded({
      updateRadarEntry: jest.fn(async () => {
        throw await responseError(
          403,
          'NotAllowedError',
          'You may not update radar entries',
        );
      }),
    });
    await render(api, '/radar?entry=go', true);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Move ring' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Because',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(
      (
        await within(dialog).findAllByText(/You may not update radar entries/)
      )[0],
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
