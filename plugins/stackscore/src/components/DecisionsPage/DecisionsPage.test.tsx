import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Decision,
  DecisionCreateRequest,
  templateDecision,
} from '@stackscore/plugin-stackscore-common';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import { orgRadar, responseError } from '../shared/radarTestData';
import { decision, history, ids } from '../shared/decisionTestData';
import {
  location,
  renderDecisions,
} from '../shared/__testUtils__/renderDecisions';

// Each test drives a whole view through many interactions; the 5 s default is too tight on a busy 2-core runner.
jest.setTimeout(60_000);

// usePermission caches decisions across renders (SWR), so each test states its decision through the hook.
jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: jest.fn(),
}));
const mockedUsePermission = usePermission as jest.MockedFunction<
  typeof usePermission
>;

function render(api: StackscoreApi, path: string, allowed = true) {
  mockedUsePermission.mockReturnValue({ loading: false, allowed });
  return renderDecisions(api, path);
}

/** A backend keeping the records written in the test, so saving leads to the stored record's page. */
function withStore(overrides: Partial<StackscoreApi> = {}) {
  const stored = new Map<string, Decision>([[ids.kafka, decision()]]);
  const api = fakeApi({
    getRadar: async () => orgRadar,
    listDecisions: jest.fn(async () => ({ items: [...stored.values()] })),
    getDecision: jest.fn(async (id: string) => {
      const found = stored.get(id);
      if (!found) throw await responseError(404, 'NotFoundError', `No ${id}`);
      return found;
    }),
    getDecisionHistory: jest.fn(async (id: string) => history(stored.get(id))),
    createDecision: jest.fn(async (request: DecisionCreateRequest) => {
      const created = decision({
        ...(request as Partial<Decision>),
        id: ids.grpc,
        number: 4,
        version: 1,
      });
      stored.set(created.id, created);
      return created;
    }),
    ...overrides,
  });
  return api;
}

describe('DecisionsPage', () => {
  it('lists decisions and narrows them by team, status, tag, words and entity', async () => {
    const api = withStore();
    await render(api, '/stackscore/decisions');

    const table = await screen.findByRole('table', { name: 'Decisions' });
    const row = within(table).getAllByRole('row')[1];
    expect(
      within(row)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      '3',
      'Use Kafka for domain events',
      'proposed',
      'payments',
      '2026-11-10',
      '2026-11-11',
    ]);
    expect(
      within(row).getByRole('link', { name: 'Use Kafka for domain events' }),
    ).toHaveAttribute('href', `/stackscore/decisions/${ids.kafka}`);
    expect(api.listDecisions).toHaveBeenLastCalledWith({});

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Team' }),
      'Payments',
    );
    await waitFor(() =>
      expect(api.listDecisions).toHaveBeenLastCalledWith({
        team: 'group:default/payments',
      }),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Status' }),
      'accepted',
    );
    await waitFor(() =>
      expect(api.listDecisions).toHaveBeenLastCalledWith({
        team: 'group:default/payments',
        status: 'accepted',
      }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Tag' }),
      'event-driven',
    );
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'replay log',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Entity' }),
      'component:default/checkout-api',
    );
    await waitFor(() =>
      expect(api.listDecisions).toHaveBeenLastCalledWith({
        team: 'group:default/payments',
        status: 'accepted',
        tag: 'event-driven',
        q: 'replay log',
        entity: 'component:default/checkout-api',
      }),
    );
    // Typing is debounced: the text filters did not cost a request per keystroke.
    expect(
      (api.listDecisions as jest.Mock).mock.calls.length,
    ).toBeLessThanOrEqual(8);
    expect(location()).toBe(
      '/stackscore/decisions?team=group%3Adefault%2Fpayments&status=accepted&tag=event-driven&q=replay+log&entity=component%3Adefault%2Fcheckout-api',
    );

    // A row opens its record, linkable by id.
    await userEvent.click(
      within(screen.getByRole('table', { name: 'Decisions' })).getByText(
        '2026-11-10',
      ),
    );
    expect(location()).toBe(`/stackscore/decisions/${ids.kafka}`);
    expect(
      await screen.findByRole('heading', {
        name: 'Use Kafka for domain events',
      }),
    ).toBeInTheDocument();
  });

  it('applies filters named in the address', async () => {
    const api = withStore();
    await render(
      api,
      '/stackscore/decisions?team=group:default/payments&status=rejected&tag=kafka&q=events&entity=component:default/a',
    );
    await screen.findByRole('table', { name: 'Decisions' });
    expect(api.listDecisions).toHaveBeenCalledWith({
      team: 'group:default/payments',
      status: 'rejected',
      tag: 'kafka',
      q: 'events',
      entity: 'component:default/a',
    });
    expect(screen.getByRole('textbox', { name: 'Tag' })).toHaveValue('kafka');
  });

  it('writes a decision from a template: drivers, options and context filled, saved, then shown', async () => {
    const api = withStore();
    await render(api, '/stackscore/decisions?team=group:default/payments');
    await userEvent.click(
      await screen.findByRole('button', { name: 'New decision' }),
    );
    expect(location()).toBe(
      '/stackscore/decisions/new?team=group%3Adefault%2Fpayments',
    );

    // The writer is a decider to begin with (the test app signs in as user:default/guest), also after a
    // template is picked.
    expect(
      await screen.findByRole('textbox', { name: 'Deciders' }),
    ).toHaveValue('user:default/guest');
    const template = templateDecision('monolith-vs-microservices');
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Template' }),
      'Modular monolith or microservices',
    );
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(
      template.title,
    );
    expect(screen.getByRole('textbox', { name: 'Drivers' })).toHaveValue(
      template.drivers.join('\n'),
    );
    expect(
      (screen.getByRole('textbox', { name: 'Context' }) as HTMLTextAreaElement)
        .value,
    ).toContain('Enterprise Stack Guide');
    expect(screen.getByRole('textbox', { name: 'Option 1 name' })).toHaveValue(
      'Modular monolith',
    );
    expect(screen.getByRole('textbox', { name: 'Deciders' })).toHaveValue(
      'user:default/guest',
    );

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Chosen option' }),
      'Modular monolith',
    );
    // Pasted rather than typed: the whole preview re-renders on every keystroke, which is slow under jsdom.
    await userEvent.click(screen.getByRole('textbox', { name: 'Outcome' }));
    await userEvent.paste('We start as **one** deployable.');
    // The live preview shows the record as it will read.
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect((await within(preview).findByText('one')).tagName).toBe('STRONG');
    expect(preview).toHaveTextContent('Chosen option: Modular monolith');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.createDecision).toHaveBeenCalledTimes(1));
    expect(api.createDecision).toHaveBeenCalledWith(
      expect.objectContaining({
        title: template.title,
        status: 'proposed',
        templateId: 'monolith-vs-microservices',
        drivers: template.drivers,
        options: template.options,
        chosenOption: 'Modular monolith',
        outcome: 'We start as **one** deployable.',
        scope: { team: 'group:default/payments', entities: [] },
        links: { radarEntries: template.links.radarEntries, checks: [] },
      }),
    );
    expect(location()).toBe(`/stackscore/decisions/${ids.grpc}`);
    expect(
      await screen.findByRole('heading', { name: template.title }),
    ).toBeInTheDocument();
  });

  it("refuses an invalid form with the schema's messages and shows the backend's 400", async () => {
    const createDecision = jest.fn(async () => {
      throw await responseError(
        400,
        'InputError',
        'Invalid body: scope.team: group:default/ghosts is not a group in the catalog',
      );
    });
    const api = withStore({ createDecision });
    await render(api, '/stackscore/decisions/new?entity=orders-api');

    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const problems = await screen.findByText('Fix these before saving');
    expect(problems.parentElement).toHaveTextContent(
      'Title: must not be empty',
    );
    expect(problems.parentElement).toHaveTextContent(
      'Entity 1: must be an entity reference',
    );
    expect(createDecision).not.toHaveBeenCalled();

    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'A');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Entities' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'Invalid body: scope.team: group:default/ghosts is not a group in the catalog',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('The decision was not saved')).toBeInTheDocument();
    // Nothing typed is lost.
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('A');
  });

  it('imports a MADR file under the chosen team and shows what could not be mapped', async () => {
    const imported = decision({ id: ids.rabbit, title: 'Use RabbitMQ' });
    const importDecision = jest.fn(async () => ({
      decision: imported,
      warnings: ['Section "Links" was not imported'],
    }));
    const api = withStore({
      importDecision,
      getDecision: jest.fn(async () => imported),
      getDecisionHistory: jest.fn(async () => history(imported)),
    });
    await render(api, '/stackscore/decisions?team=group:default/payments');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Import MADR' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import MADR' });
    const markdown =
      '# Use RabbitMQ\n\n## Context and Problem Statement\n\nQueues.';
    const file = new File([markdown], '0007-use-rabbitmq.md', {
      type: 'text/markdown',
    });
    fireEvent.change(within(dialog).getByLabelText('MADR file'), {
      target: { files: [file] },
    });
    await waitFor(() =>
      expect(
        within(dialog).getByRole('textbox', { name: 'MADR markdown' }),
      ).toHaveValue(markdown),
    );
    expect(
      within(dialog).getByText('0007-use-rabbitmq.md'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Team' })).toHaveValue(
      'group:default/payments',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Import' }),
    );

    expect(importDecision).toHaveBeenCalledWith({
      markdown,
      scope: { team: 'group:default/payments', entities: [] },
    });
    expect(
      await screen.findByRole('heading', { name: 'Use RabbitMQ' }),
    ).toBeInTheDocument();
    expect(location()).toBe(`/stackscore/decisions/${ids.rabbit}`);
    expect(
      screen.getByText('Section "Links" was not imported'),
    ).toBeInTheDocument();
  });

  it('hides writing to people without the create permission', async () => {
    await render(withStore(), '/stackscore/decisions', false);
    await screen.findByRole('table', { name: 'Decisions' });
    expect(
      screen.queryByRole('button', { name: 'New decision' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Import MADR' }),
    ).not.toBeInTheDocument();
    expect(mockedUsePermission).toHaveBeenCalledWith({
      permission: expect.objectContaining({
        name: 'stackscore.decision.create',
      }),
    });
  });

  it('says why the editor is not offered on a linked new-decision page without permission', async () => {
    await render(withStore(), '/stackscore/decisions/new', false);
    expect(
      await screen.findByText(
        'Writing a decision record needs the stackscore.decision.create permission.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Save' }),
    ).not.toBeInTheDocument();
  });
});
