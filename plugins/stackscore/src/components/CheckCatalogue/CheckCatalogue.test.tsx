import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import { checkDefinitions, failingEntity } from '../StackscorePage/testData';
import { decision, ids } from '../shared/decisionTestData';
import { CheckCatalogue } from './CheckCatalogue';
import { filterChecks } from './filterChecks';

// Filtering drives MUI selects through userEvent in jsdom: seconds per test on a loaded 2-core CI machine.
jest.setTimeout(30_000);

function render(api: StackscoreApi, path = '/checks') {
  return renderInTestApp(
    <TestApiProvider apis={[[stackscoreApiRef, api]]}>
      <CheckCatalogue />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const getChecks = async () => ({
  catalogueVersion: '2026.11.1',
  items: checkDefinitions,
});

const titles = () =>
  checkDefinitions
    .map(check => check.title)
    .filter(title => screen.queryByText(title));

describe('CheckCatalogue', () => {
  it('filters by scorecard, level and text', async () => {
    await render(fakeApi({ getChecks }));
    expect(
      await screen.findByText('3 of 3 checks · catalogue 2026.11.1'),
    ).toBeInTheDocument();
    expect(titles()).toHaveLength(3);

    await userEvent.click(
      screen.getByRole('button', { name: 'SLOs and resilience (1)' }),
    );
    expect(titles()).toEqual(['SLOs define an error budget']);
    await userEvent.click(
      screen.getByRole('button', { name: 'All scorecards (3)' }),
    );
    expect(titles()).toHaveLength(3);

    await userEvent.click(screen.getByRole('button', { name: /^Level/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'gold' }));
    expect(titles()).toEqual(['Builds publish an SBOM']);
    await userEvent.click(screen.getByRole('button', { name: /^Level/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'All levels' }),
    );

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search id or title' }),
      'NON-ROOT',
    );
    expect(titles()).toEqual(['Containers run as a non-root user']);
    expect(
      screen.getByText('1 of 3 checks', { exact: false }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Supply chain (1)' }),
    );
    expect(
      screen.getByText('No check matches these filters.'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    expect(titles()).toHaveLength(3);
  });

  it('opens the check named by ?check= with its details and the entities failing it', async () => {
    const getCheckEntities = jest.fn(async () => ({
      checkId: 'slo.error-budget',
      items: [
        failingEntity,
        {
          ...failingEntity,
          entityRef: 'component:default/ledger',
          name: 'ledger',
          owner: undefined,
          exempted: true,
          evidence: [{ message: 'No SLO file' }],
        },
      ],
    }));
    await render(
      fakeApi({ getChecks, getCheckEntities }),
      '/checks?check=slo.error-budget',
    );
    expect(
      await screen.findByText(
        'Every SLO states its target and the window of its budget.',
      ),
    ).toBeInTheDocument();
    expect(getCheckEntities).toHaveBeenCalledTimes(1);
    expect(getCheckEntities).toHaveBeenCalledWith('slo.error-budget', {
      status: 'fail',
    });

    // Applicability, remediation and guidance.
    expect(screen.getByText('go, python')).toBeInTheDocument();
    expect(screen.getByText('service')).toBeInTheDocument();
    expect(screen.getByText('experimental')).toBeInTheDocument();
    expect(screen.getByText('the service declares SLOs')).toBeInTheDocument();
    expect(
      screen.getByText('yes — judged on server code only'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Give each SLO an objective and a rolling window.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Set objective and window on every SLO'),
    ).toBeInTheDocument();
    // The example is highlighted by a lazily loaded code block, which can lag behind the rest on a busy CI.
    expect(
      await screen.findByText(
        (_, element) =>
          element?.tagName === 'CODE' &&
          element.textContent === 'objective: 99.9\nwindow: 28d',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Enterprise Go & Event-Driven Principles — Resiliency'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('TechStack Comparisons — Enterprise Stack Guide — SLOs'),
    ).toBeInTheDocument();

    // Who fails it.
    const failing = await screen.findByRole('table', {
      name: 'Entities failing slo.error-budget',
    });
    const [first, second] = within(failing).getAllByRole('row').slice(1);
    expect(
      within(first).getByRole('link', { name: /checkout-api/ }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout-api');
    expect(
      within(first).getByRole('link', { name: /payments/ }),
    ).toHaveAttribute('href', '/catalog/default/group/payments');
    expect(
      within(first).getByText('SLO "latency" has no window'),
    ).toBeInTheDocument();
    expect(within(first).getByText(/\(slo\.yaml:4\)/)).toBeInTheDocument();
    expect(within(first).queryByText('exempted')).not.toBeInTheDocument();
    expect(within(second).getByText('exempted')).toBeInTheDocument();
    expect(within(second).getByText('No owner')).toBeInTheDocument();

    // Other checks stay closed and cost nothing.
    expect(
      screen.queryByText('The final image stage sets a non-root USER.'),
    ).not.toBeInTheDocument();
  });

  it('lists the decisions linked to an open check', async () => {
    const listDecisions = jest.fn(async () => ({
      items: [decision({ status: 'accepted' })],
    }));
    await render(
      fakeApi({
        getChecks,
        listDecisions,
        getCheckEntities: async () => ({
          checkId: 'slo.error-budget',
          items: [],
        }),
      }),
      '/checks?check=slo.error-budget',
    );
    const list = await screen.findByRole('list', {
      name: 'Decisions linked to SLOs define an error budget',
    });
    expect(
      within(list).getByRole('link', {
        name: '#3 Use Kafka for domain events',
      }),
    ).toHaveAttribute('href', `/stackscore/decisions/${ids.kafka}`);
    expect(within(list).getByText('accepted')).toBeInTheDocument();
    expect(listDecisions).toHaveBeenCalledWith({
      check: 'slo.error-budget',
      radarEntry: undefined,
    });
  });

  it('loads failing entities only when a check is opened, page by page', async () => {
    const getCheckEntities = jest
      .fn()
      .mockResolvedValueOnce({
        checkId: 'security.container-non-root',
        items: [failingEntity],
        nextCursor: 'page-2',
      })
      .mockResolvedValueOnce({
        checkId: 'security.container-non-root',
        items: [
          {
            ...failingEntity,
            entityRef: 'component:default/ledger',
            name: 'ledger',
          },
        ],
      });
    await render(fakeApi({ getChecks, getCheckEntities }));
    await userEvent.click(
      await screen.findByRole('button', {
        name: /Containers run as a non-root user/,
      }),
    );
    expect(getCheckEntities).toHaveBeenCalledWith(
      'security.container-non-root',
      { status: 'fail' },
    );
    expect(
      await screen.findByRole('link', { name: /checkout-api/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 shown')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(getCheckEntities).toHaveBeenLastCalledWith(
      'security.container-non-root',
      { status: 'fail', cursor: 'page-2' },
    );
    expect(
      await screen.findByRole('link', { name: /ledger/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /checkout-api/ }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('says when no service fails the check', async () => {
    await render(
      fakeApi({
        getChecks,
        getCheckEntities: async () => ({
          checkId: 'supply-chain.sbom',
          items: [],
        }),
      }),
      '/checks?check=supply-chain.sbom',
    );
    expect(
      await screen.findByText('No service fails this check.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('This check cites no guidance document.'),
    ).toBeInTheDocument();
  });

  it('shows why the failing entities could not be loaded', async () => {
    await render(
      fakeApi({
        getChecks,
        getCheckEntities: async () => {
          throw new Error('entities unavailable');
        },
      }),
      '/checks?check=supply-chain.sbom',
    );
    expect(
      (await screen.findAllByText(/entities unavailable/))[0],
    ).toBeInTheDocument();
  });

  it('tells when the linked check is not in the catalogue', async () => {
    await render(fakeApi({ getChecks }), '/checks?check=slo.gone');
    expect(
      await screen.findByText('The catalogue has no check “slo.gone”.'),
    ).toBeInTheDocument();
  });

  it('explains an empty catalogue', async () => {
    await render(
      fakeApi({
        getChecks: async () => ({ catalogueVersion: '0', items: [] }),
      }),
    );
    expect(
      await screen.findByText('The catalogue has no checks'),
    ).toBeInTheDocument();
  });

  it('shows why the catalogue could not be loaded', async () => {
    await render(
      fakeApi({
        getChecks: async () => {
          throw new Error('catalogue unavailable');
        },
      }),
    );
    await waitFor(() =>
      expect(
        screen.getAllByText(/catalogue unavailable/)[0],
      ).toBeInTheDocument(),
    );
  });
});

describe('filterChecks', () => {
  it('combines every set field', () => {
    expect(
      filterChecks(checkDefinitions, {
        scorecard: 'slo',
        level: 'silver',
        text: 'budget',
      }).map(c => c.id),
    ).toEqual(['slo.error-budget']);
    expect(
      filterChecks(checkDefinitions, { scorecard: 'slo', level: 'gold' }),
    ).toEqual([]);
    expect(filterChecks(checkDefinitions, { text: '  ' })).toHaveLength(3);
  });
});
