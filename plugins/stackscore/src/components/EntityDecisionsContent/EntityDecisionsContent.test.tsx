import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import type { StackscoreApi } from '../../api';
import { group } from '../EntityTeamStackscoreContent/testData';
import { entity, fakeApi } from '../shared/testData';
import { decision, ids } from '../shared/decisionTestData';
import {
  location,
  renderDecisions,
} from '../shared/__testUtils__/renderDecisions';
import { EntityDecisionsContent } from './EntityDecisionsContent';

// Each test renders whole entity tabs; the 5 s default is too tight on a busy 2-core runner.
jest.setTimeout(20_000);

// usePermission caches decisions across renders (SWR), so each test states its decision through the hook.
jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: jest.fn(),
}));
const mockedUsePermission = usePermission as jest.MockedFunction<
  typeof usePermission
>;

function render(api: StackscoreApi, subject: Entity, allowed = true) {
  mockedUsePermission.mockReturnValue({ loading: false, allowed });
  return renderDecisions(
    api,
    '/catalog/default/component/checkout-api/decisions',
    <EntityProvider entity={subject}>
      <EntityDecisionsContent />
    </EntityProvider>,
    '/catalog/:namespace/:kind/:name/decisions',
  );
}

describe('EntityDecisionsContent', () => {
  it('shows the portal records naming a component and the ADR files in its repository', async () => {
    const getEntityDecisions = jest.fn(async () => ({
      decisions: [decision()],
      repository: [
        {
          file: 'docs/adr/0001-record-architecture-decisions.md',
          title: 'Record architecture decisions',
          status: 'Accepted',
          date: '2026-01-05',
          format: 'nygard' as const,
        },
        {
          file: 'docs/adr/0002-broken.md',
          format: 'unknown' as const,
          error: 'no title heading',
        },
      ],
    }));
    const api = fakeApi({ getEntityDecisions });
    await render(api, entity);

    const portal = await screen.findByRole('table', { name: 'Decisions' });
    expect(
      within(portal).getByRole('link', { name: 'Use Kafka for domain events' }),
    ).toHaveAttribute('href', `/stackscore/decisions/${ids.kafka}`);
    expect(getEntityDecisions).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout-api',
    });

    const files = screen.getByRole('table', {
      name: 'ADR files in the repository',
    });
    const rows = within(files).getAllByRole('row');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      'docs/adr/0001-record-architecture-decisions.md',
      'Record architecture decisions',
      'Accepted',
      '2026-01-05',
      'Nygard',
      '—',
    ]);
    expect(within(rows[2]).getByText('no title heading')).toBeInTheDocument();

    // New decision is scoped to the component and its owning team.
    await userEvent.click(screen.getByRole('button', { name: 'New decision' }));
    expect(location()).toBe(
      '/stackscore/decisions/new?team=group%3Adefault%2Fpayments&entity=component%3Adefault%2Fcheckout-api',
    );
  });

  it('says why the repository could not be read', async () => {
    const api = fakeApi({
      getEntityDecisions: async () => ({
        decisions: [],
        repository: [],
        repositoryProblem:
          'not scored yet: repository ADRs appear after the first scoring run',
      }),
    });
    await render(api, entity);
    expect(
      await screen.findByText(
        'The repository’s ADR files could not be read: not scored yet: repository ADRs appear after the first scoring run',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No decision record names this entity yet.'),
    ).toBeInTheDocument();
  });

  it("lists a group's decisions and scopes New decision to the team", async () => {
    const listDecisions = jest.fn(async () => ({ items: [decision()] }));
    await render(fakeApi({ listDecisions }), group);
    expect(
      await screen.findByRole('link', { name: 'Use Kafka for domain events' }),
    ).toBeInTheDocument();
    expect(listDecisions).toHaveBeenCalledWith({
      team: 'group:default/payments',
    });
    await userEvent.click(screen.getByRole('button', { name: 'New decision' }));
    expect(location()).toBe(
      '/stackscore/decisions/new?team=group%3Adefault%2Fpayments',
    );
  });

  it('offers no New decision without the create permission', async () => {
    const listDecisions = jest.fn(async () => ({ items: [] }));
    await render(fakeApi({ listDecisions }), group, false);
    expect(
      await screen.findByText('This team has not recorded a decision yet.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'New decision' }),
    ).not.toBeInTheDocument();
  });
});
