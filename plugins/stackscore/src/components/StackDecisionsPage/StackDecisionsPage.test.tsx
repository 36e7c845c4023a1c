import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import {
  groups,
  paymentsStack,
  recommendation,
  responseError,
} from '../shared/radarTestData';
import {
  StackDecisionsPage,
  StackDecisionsPageProps,
} from './StackDecisionsPage';

// Each test drives a whole view through many interactions; the 5 s default is too tight on a busy 2-core runner.
jest.setTimeout(20_000);

const catalogApi = {
  getEntities: jest.fn(async () => ({ items: groups })),
};

function render(
  api: StackscoreApi,
  path = '/stack',
  props: StackDecisionsPageProps = {},
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [stackscoreApiRef, api],
        [catalogApiRef, catalogApi],
      ]}
    >
      <Routes>
        <Route path="/stack" element={<StackDecisionsPage {...props} />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

/** The ranked options, each as "rank. language". */
function rankedNames() {
  const list = screen.getByRole('list', { name: 'Ranked options' });
  return within(list)
    .getAllByRole('listitem')
    .map(item => item.getAttribute('aria-label'))
    .filter(Boolean);
}

describe('StackDecisionsPage', () => {
  it('ranks options for the chosen requirements and constraints, citing the guidance', async () => {
    const recommendStack = jest.fn(async () => recommendation);
    await render(fakeApi({ recommendStack }));

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Highest RPS / lowest latency' }),
    );
    await userEvent.type(
      screen.getByRole('spinbutton', { name: 'p99 latency target (ms)' }),
      '5',
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Cold-start sensitive' }),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Team knows systems programming' }),
      'No',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Recommend' }));

    expect(recommendStack).toHaveBeenCalledWith({
      requirements: ['highest-rps-lowest-latency'],
      constraints: {
        p99Ms: 5,
        coldStartSensitive: true,
        teamKnowsSystemsProgramming: false,
      },
    });
    await screen.findByRole('list', { name: 'Ranked options' });
    expect(rankedNames()).toEqual(['1. Rust', '2. Go', '3. Java']);

    const rust = screen.getByRole('listitem', { name: '1. Rust' });
    expect(within(rust).getByText('Rank 1 · score 5.5')).toBeInTheDocument();
    expect(within(rust).getByText('Axum')).toBeInTheDocument();
    expect(within(rust).getByText(/Fits high throughput/)).toBeInTheDocument();
    expect(
      within(rust).getByText('Highest RPS / lowest latency: first choice (+3)'),
    ).toBeInTheDocument();
    expect(
      within(rust).getByText(
        'TechStack Comparisons — Enterprise Stack Guide — Backend Decision Framework (L123)',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('listitem', { name: '3. Java' })).getByText(
        'Nothing in the request speaks for or against it.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Record .* as decision/ }),
    ).not.toBeInTheDocument();
  });

  it('sends only what was stated and refuses a non-positive target', async () => {
    const recommendStack = jest.fn(async () => recommendation);
    await render(fakeApi({ recommendStack }));
    const rps = screen.getByRole('spinbutton', {
      name: 'Requests per second per instance',
    });
    await userEvent.type(rps, '0');
    expect(screen.getByText('A number above 0')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recommend' })).toBeDisabled();
    await userEvent.clear(rps);
    await userEvent.click(screen.getByRole('button', { name: 'Recommend' }));
    expect(recommendStack).toHaveBeenCalledWith({});
  });

  it('shows the team’s current stack with its findings', async () => {
    const getTeamStack = jest.fn(async () => paymentsStack);
    await render(
      fakeApi({ getTeamStack }),
      '/stack?team=group:default/payments',
    );
    const table = await screen.findByRole('table', {
      name: 'Current stack by service',
    });
    expect(getTeamStack).toHaveBeenCalledWith({
      kind: 'group',
      namespace: 'default',
      name: 'payments',
    });
    expect(screen.getByRole('combobox', { name: 'Team' })).toHaveValue(
      'group:default/payments',
    );
    expect(screen.getByText('Go · 1')).toBeInTheDocument();
    expect(screen.getByText('Gin · 1')).toBeInTheDocument();

    const [, checkout, risk] = within(table).getAllByRole('row');
    expect(
      within(checkout).getByRole('link', { name: 'checkout-api' }),
    ).toBeInTheDocument();
    expect(checkout).toHaveTextContent('Fits the framework');
    expect(
      within(risk)
        .getAllByRole('cell')
        .slice(1, 4)
        .map(c => c.textContent),
    ).toEqual(['Python', '—', 'p99 ≤ 5 ms']);
    expect(within(risk).getByTitle('Warning')).toBeInTheDocument();
    expect(
      within(risk).getByText(
        'A 5 ms p99 target is beyond what Python serves without heavy optimisation.',
      ),
    ).toBeInTheDocument();
    expect(
      within(risk).getByText(
        'Backend Framework: Language Comparison — Python: Data Science Integration and Rapid Prototyping (L318-319)',
      ),
    ).toBeInTheDocument();
  });

  it('shows backend errors', async () => {
    await render(
      fakeApi({
        recommendStack: async () => {
          throw await responseError(
            400,
            'InputError',
            'body.constraints.p99Ms must be positive',
          );
        },
        getTeamStack: async () => {
          throw new Error('stack profiles unavailable');
        },
      }),
      '/stack?team=group:default/payments',
    );
    expect(
      (await screen.findAllByText(/stack profiles unavailable/))[0],
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Recommend' }));
    expect(
      (await screen.findAllByText(/must be positive/))[0],
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Ranked options' }),
    ).not.toBeInTheDocument();
  });

  it('offers recording a decision only when the app handles it', async () => {
    const onRecordDecision = jest.fn();
    await render(
      fakeApi({ recommendStack: async () => recommendation }),
      '/stack',
      { onRecordDecision },
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Rapid prototyping / MVP' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Recommend' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Record Go as decision' }),
    );
    expect(onRecordDecision).toHaveBeenCalledWith({
      option: recommendation.ranked[1],
      rank: 2,
      ranked: recommendation.ranked,
      request: { requirements: ['rapid-prototyping'] },
      team: undefined,
    });
  });
});
