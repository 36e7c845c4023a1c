import type { ReactElement } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router-dom';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import {
  groups,
  orgRadar,
  paymentsRadar,
  paymentsStack,
  recommendation,
} from '../shared/radarTestData';
import { decision, history, ids } from '../shared/decisionTestData';
import { StackscoreContent, StackscorePage } from './StackscorePage';
import {
  checkDefinitions,
  emptyOverview,
  failingEntity,
  overview,
  run,
  securitySummary,
} from './testData';

/** Shows where the router is, so tests can follow navigation. */
function LocationProbe() {
  const location = useLocation();
  return (
    <div data-testid="location">{`${location.pathname}${location.search}`}</div>
  );
}

/** Renders the page the way an app mounts it: under `/stackscore`. */
function renderAt(
  path: string,
  api: StackscoreApi,
  page: ReactElement = <StackscoreContent />,
) {
  const authorize = jest.fn(async () => ({ result: AuthorizeResult.ALLOW }));
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [stackscoreApiRef, api],
        [permissionApiRef, { authorize }],
        [catalogApiRef, { getEntities: async () => ({ items: groups }) }],
      ]}
    >
      <Routes>
        <Route path="/stackscore/*" element={page} />
      </Routes>
      <LocationProbe />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const location = () => screen.getByTestId('location').textContent;

const loaded = () =>
  fakeApi({
    getOverview: async () => overview,
    getScorecards: async () => [securitySummary],
    getChecks: async () => ({
      catalogueVersion: '2026.11.1',
      items: checkDefinitions,
    }),
    getCheckEntities: jest.fn(async (checkId: string) => ({
      checkId,
      items: [failingEntity],
    })),
    listRuns: async () => ({ items: [run()] }),
  });

describe('StackscoreContent', () => {
  it('has routed tabs relative to where the page is mounted', async () => {
    await renderAt('/stackscore', loaded());
    expect(await screen.findByText('5 entities scored')).toBeInTheDocument();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map(tab => tab.textContent)).toEqual([
      'Overview',
      'Teams',
      'Checks',
      'Radar',
      'Stack decisions',
      'Decisions',
      'Remediation',
      'Campaigns',
      'Runs',
    ]);
    expect(
      tabs.map(
        tab =>
          tab.closest('a')?.getAttribute('href') ?? tab.getAttribute('href'),
      ),
    ).toEqual([
      '/stackscore',
      '/stackscore/teams',
      '/stackscore/checks',
      '/stackscore/radar',
      '/stackscore/stack',
      '/stackscore/decisions',
      '/stackscore/remediation',
      '/stackscore/campaigns',
      '/stackscore/runs',
    ]);
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await userEvent.click(screen.getByRole('tab', { name: 'Runs' }));
    expect(location()).toBe('/stackscore/runs');
    expect(
      await screen.findByRole('table', { name: 'Scoring runs' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Runs' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('opens a most failed check on the Checks tab with the entities failing it', async () => {
    const api = loaded();
    await renderAt('/stackscore', api);
    const link = await screen.findByRole('link', {
      name: 'Containers run as a non-root user',
    });
    expect(link).toHaveAttribute(
      'href',
      '/stackscore/checks?check=security.container-non-root',
    );
    await userEvent.click(link);
    expect(location()).toBe(
      '/stackscore/checks?check=security.container-non-root',
    );
    expect(
      await screen.findByText('The final image stage sets a non-root USER.'),
    ).toBeInTheDocument();
    expect(api.getCheckEntities).toHaveBeenCalledWith(
      'security.container-non-root',
      { status: 'fail' },
    );
    expect(
      await screen.findByRole('link', { name: /checkout-api/ }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout-api');
  });

  it('keeps the open check in the address', async () => {
    await renderAt('/stackscore/checks', loaded());
    await userEvent.click(
      await screen.findByRole('button', {
        name: /SLOs define an error budget/,
      }),
    );
    expect(location()).toBe('/stackscore/checks?check=slo.error-budget');
    await userEvent.click(
      screen.getByRole('button', { name: /SLOs define an error budget/ }),
    );
    expect(location()).toBe('/stackscore/checks');
  });

  it('lists every team on the Teams tab, sortable', async () => {
    await renderAt('/stackscore/teams', loaded());
    const table = await screen.findByRole('table', { name: 'Teams by score' });
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(row => within(row).getAllByRole('cell')[1].textContent);
    expect(names()).toEqual([
      'Payments',
      'group:default/identity',
      'No owner',
      'Alice',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Team' }));
    expect(names()).toEqual([
      'Alice',
      'group:default/identity',
      'No owner',
      'Payments',
    ]);
  });

  it('opens a linked team radar, and the stack decisions tab', async () => {
    const getTeamRadar = jest.fn(async () => paymentsRadar);
    const getTeamStack = jest.fn(async () => paymentsStack);
    await renderAt(
      '/stackscore/radar?team=group:default/payments',
      fakeApi({ ...loaded(), getTeamRadar, getTeamStack }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Hold flags' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Radar' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await userEvent.click(screen.getByRole('tab', { name: 'Stack decisions' }));
    expect(location()).toBe('/stackscore/stack');
    expect(screen.getByRole('button', { name: 'Recommend' })).toBeEnabled();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Team' }),
      'Payments',
    );
    expect(location()).toBe(
      '/stackscore/stack?team=group%3Adefault%2Fpayments',
    );
    expect(
      await screen.findByRole('table', { name: 'Current stack by service' }),
    ).toBeInTheDocument();
  }, 20_000);

  it('records a ranked stack option as a decision, prefilled in the editor', async () => {
    const createDecision = jest.fn(async () => decision({ id: ids.grpc }));
    await renderAt(
      '/stackscore/stack?team=group:default/payments',
      fakeApi({
        ...loaded(),
        getTeamStack: async () => paymentsStack,
        recommendStack: async () => recommendation,
        getRadar: async () => orgRadar,
        createDecision,
        getDecision: async () => decision({ id: ids.grpc }),
        getDecisionHistory: async () => history(),
      }),
    );
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Rapid prototyping / MVP' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Recommend' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Record Go as decision' }),
    );

    expect(location()).toBe('/stackscore/decisions/new');
    expect(screen.getByRole('tab', { name: 'Decisions' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByRole('combobox', { name: 'Template' }),
    ).toHaveValue('backend-language-framework');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Backend language and framework: Go',
    );
    expect(screen.getByRole('combobox', { name: 'Chosen option' })).toHaveValue(
      'Go (chi, Gin or net/http)',
    );
    expect(
      (screen.getByRole('textbox', { name: 'Outcome' }) as HTMLTextAreaElement)
        .value,
    ).toMatch(/^Go, ranked 2 of 3/);
    expect(
      (screen.getByRole('textbox', { name: 'Context' }) as HTMLTextAreaElement)
        .value,
    ).toContain('* Rapid prototyping / MVP');
    expect(screen.getByRole('combobox', { name: 'Team' })).toHaveValue(
      'group:default/payments',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(createDecision).toHaveBeenCalledWith(
        expect.objectContaining({
          templateId: 'backend-language-framework',
          chosenOption: 'Go (chi, Gin or net/http)',
          scope: { team: 'group:default/payments', entities: [] },
        }),
      ),
    );
    expect(location()).toBe(`/stackscore/decisions/${ids.grpc}`);
  }, 60_000);

  it('sends people from an empty overview to the Runs tab', async () => {
    await renderAt(
      '/stackscore',
      fakeApi({
        ...loaded(),
        getOverview: async () => emptyOverview,
        listRuns: async () => ({ items: [] }),
      }),
    );
    expect(await screen.findByText('Nothing scored yet')).toBeInTheDocument();
    const action = screen.getByRole('button', { name: 'Go to Runs' });
    expect(action).toHaveAttribute('href', '/stackscore/runs');
    await userEvent.click(action);
    expect(await screen.findByText('No runs yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start run' })).toBeEnabled();
  });
});

describe('StackscorePage', () => {
  it('wraps the tabs in a page with a header', async () => {
    await renderAt('/stackscore', loaded(), <StackscorePage />);
    expect(
      await screen.findByRole('heading', { name: 'Stackscore' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('5 entities scored')).toBeInTheDocument();
    expect(await screen.findByText('20 checks')).toBeInTheDocument();
  });

  it('shows the backend error when the overview cannot be loaded', async () => {
    await renderAt(
      '/stackscore',
      fakeApi({
        ...loaded(),
        getOverview: async () => {
          throw new Error('Missing credentials');
        },
      }),
      <StackscorePage />,
    );
    await waitFor(() =>
      expect(screen.getAllByText(/Missing credentials/)[0]).toBeInTheDocument(),
    );
    expect(screen.queryByText('Organisation')).not.toBeInTheDocument();
  });
});
