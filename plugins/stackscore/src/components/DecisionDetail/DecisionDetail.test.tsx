import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usePermission } from '@backstage/plugin-permission-react';
import type {
  Decision,
  DecisionSupersedeRequest,
  DecisionUpdateRequest,
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

/** A backend holding records by id; writes replace them, as the real one does. */
function backend(
  records: Decision[] = [decision()],
  overrides: Partial<StackscoreApi> = {},
) {
  const stored = new Map(records.map(r => [r.id, r] as const));
  const api = fakeApi({
    getRadar: async () => orgRadar,
    getDecision: jest.fn(async (id: string) => {
      const found = stored.get(id);
      if (!found) throw await responseError(404, 'NotFoundError', `No ${id}`);
      return found;
    }),
    getDecisionHistory: jest.fn(async (id: string) => history(stored.get(id))),
    updateDecision: jest.fn(
      async (id: string, { version, ...changes }: DecisionUpdateRequest) => {
        const updated = {
          ...stored.get(id)!,
          ...(changes as Partial<Decision>),
          version: version + 1,
        };
        stored.set(id, updated);
        return updated;
      },
    ),
    ...overrides,
  });
  return { api, stored };
}

function render(api: StackscoreApi, id = ids.kafka, allowed = true) {
  mockedUsePermission.mockReturnValue({ loading: false, allowed });
  return renderDecisions(api, `/stackscore/decisions/${id}`);
}

describe('DecisionDetail', () => {
  it('shows every section, the scope, links, people and history', async () => {
    const { api } = backend();
    await render(api);

    expect(
      await screen.findByRole('heading', {
        name: 'Use Kafka for domain events',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('proposed')[0]).toBeInTheDocument();
    expect(screen.getByText('react').tagName).toBe('STRONG');
    expect(
      screen.getByRole('list', { name: 'Decision drivers' }),
    ).toHaveTextContent('Services keep working when a consumer is down');
    expect(
      screen.getByRole('list', { name: 'Pros of Kafka' }),
    ).toHaveTextContent('Good, because replayable log');
    expect(
      screen.getByRole('list', { name: 'Cons of RabbitMQ' }),
    ).toHaveTextContent('Bad, because no replay');
    expect(screen.getByText('Chosen option:').parentElement).toHaveTextContent(
      'Chosen option: Kafka',
    );
    expect(
      screen.getByText('Teams need schema discipline.'),
    ).toBeInTheDocument();

    // Scope and links lead to the catalog, the radar and the check catalogue.
    expect(screen.getByRole('link', { name: 'checkout-api' })).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-api',
    );
    expect(
      screen.getAllByRole('link', { name: 'payments' })[0],
    ).toHaveAttribute('href', '/catalog/default/group/payments');
    expect(await screen.findByRole('link', { name: 'Go' })).toHaveAttribute(
      'href',
      '/stackscore/radar?entry=go',
    );
    expect(
      await screen.findByRole('link', {
        name: 'Containers run as a non-root user',
      }),
    ).toHaveAttribute(
      'href',
      '/stackscore/checks?check=security.container-non-root',
    );
    expect(screen.getByText('event-driven')).toBeInTheDocument();
    expect(screen.getByText(/Bob Builder/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'alice' })[0]).toHaveAttribute(
      'href',
      '/catalog/default/user/alice',
    );
    expect(screen.getByText(/\(version 2\)/)).toBeInTheDocument();

    const rows = within(
      await screen.findByRole('table', { name: 'History' }),
    ).getAllByRole('row');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['2', '2026-11-11 10:30 UTC', 'bob', 'updated', 'context, tags']);
  });

  it('changes the status on the version shown', async () => {
    const { api } = backend();
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Accept' }),
    );
    expect(api.updateDecision).toHaveBeenCalledWith(ids.kafka, {
      status: 'accepted',
      version: 2,
    });
    await waitFor(() =>
      expect(screen.getAllByText('accepted')[0]).toBeInTheDocument(),
    );
    expect(
      screen.queryByRole('button', { name: 'Accept' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/\(version 3\)/)).toBeInTheDocument();
  });

  it('on a stale save shows why, keeps the edits through Reload, and saves them on the latest version', async () => {
    const { api, stored } = backend();
    const update = api.updateDecision as jest.Mock;
    update.mockImplementationOnce(async () => {
      // Someone else saved version 3 meanwhile, changing the consequences.
      stored.set(ids.kafka, {
        ...stored.get(ids.kafka)!,
        consequences: 'Their consequences.',
        version: 3,
      });
      throw await responseError(
        409,
        'ConflictError',
        `Decision ${ids.kafka} changed since version 2; it is at version 3. Reload, reapply your change and save again.`,
      );
    });
    await render(api);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const outcome = screen.getByRole('textbox', { name: 'Outcome' });
    await userEvent.clear(outcome);
    await userEvent.click(outcome);
    await userEvent.paste('My better outcome.');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText(/changed since version 2; it is at version 3/),
    ).toBeInTheDocument();
    expect(update).toHaveBeenLastCalledWith(ids.kafka, {
      outcome: 'My better outcome.',
      version: 2,
    });
    expect(screen.getByRole('textbox', { name: 'Outcome' })).toHaveValue(
      'My better outcome.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText(/Reloaded version 3\./)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Outcome' })).toHaveValue(
      'My better outcome.',
    );
    expect(screen.getByRole('textbox', { name: 'Consequences' })).toHaveValue(
      'Their consequences.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(update).toHaveBeenLastCalledWith(ids.kafka, {
        outcome: 'My better outcome.',
        version: 3,
      }),
    );
    expect(await screen.findByText('My better outcome.')).toBeInTheDocument();
    expect(screen.getByText('Their consequences.')).toBeInTheDocument();
  });

  it('supersedes with a new record and links both ways', async () => {
    const { api, stored } = backend([decision({ status: 'accepted' })]);
    api.supersedeDecision = jest.fn(
      async (id: string, request: DecisionSupersedeRequest) => {
        const replacement = decision({
          ...(request.decision as Partial<Decision>),
          id: ids.grpc,
          number: 4,
          version: 1,
          supersedes: id,
        });
        const superseded = {
          ...stored.get(id)!,
          status: 'superseded' as const,
          supersededBy: ids.grpc,
          version: 3,
        };
        stored.set(id, superseded);
        stored.set(ids.grpc, replacement);
        return { superseded, replacement };
      },
    );
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Supersede' }),
    );
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Use Kafka for domain events');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue(
      'proposed',
    );
    await userEvent.clear(title);
    await userEvent.type(title, 'Use NATS');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(api.supersedeDecision).toHaveBeenCalledWith(ids.kafka, {
        version: 2,
        decision: expect.objectContaining({
          title: 'Use NATS',
          status: 'proposed',
          chosenOption: 'Kafka',
          scope: {
            team: 'group:default/payments',
            entities: ['component:default/checkout-api'],
          },
        }),
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Use NATS' }),
    ).toBeInTheDocument();
    expect(location()).toBe(`/stackscore/decisions/${ids.grpc}`);

    await userEvent.click(
      await screen.findByRole('link', {
        name: 'Supersedes #3 Use Kafka for domain events',
      }),
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Use Kafka for domain events',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('superseded')[0]).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Superseded by #4 Use NATS' }),
    ).toHaveAttribute('href', `/stackscore/decisions/${ids.grpc}`);
    // A superseded record cannot be superseded again nor change status.
    expect(
      screen.queryByRole('button', { name: 'Supersede' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Accept' }),
    ).not.toBeInTheDocument();
  });

  it('exports MADR as a NNNN-title.md download', async () => {
    const exportDecisionMadr = jest.fn(async () => '# Use Kafka\n');
    const { api } = backend(undefined, { exportDecisionMadr });
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:madr');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        clicked.push(this);
      });
    try {
      await render(api, ids.kafka, false);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Export MADR' }),
      );
      await waitFor(() => expect(clicked).toHaveLength(1));
      expect(exportDecisionMadr).toHaveBeenCalledWith(ids.kafka);
      expect(clicked[0].download).toBe('0003-use-kafka-for-domain-events.md');
      expect(clicked[0].getAttribute('href')).toBe('blob:madr');
      const blob = createObjectURL.mock.calls[0][0];
      expect(blob.type).toBe('text/markdown;charset=utf-8');
    } finally {
      click.mockRestore();
    }
  });

  it('hides every write action without the permissions', async () => {
    const { api } = backend();
    await render(api, ids.kafka, false);
    await screen.findByRole('heading', { name: 'Use Kafka for domain events' });
    for (const name of ['Edit', 'Accept', 'Reject', 'Deprecate', 'Supersede']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(
      screen.getByRole('button', { name: 'Export MADR' }),
    ).toBeInTheDocument();
    expect(mockedUsePermission).toHaveBeenCalledWith({
      permission: expect.objectContaining({
        name: 'stackscore.decision.update',
      }),
    });
    expect(mockedUsePermission).toHaveBeenCalledWith({
      permission: expect.objectContaining({
        name: 'stackscore.decision.supersede',
      }),
    });
  });

  it('renders hostile markdown in a record inert', async () => {
    const { api } = backend([
      decision({
        context:
          'Before <img src=x onerror=alert(1)> after. [click me](javascript:alert(1))',
        outcome:
          '<a href="javascript:alert(2)">raw</a><script>alert(3)</script>',
      }),
    ]);
    const { container } = await render(api);
    expect(await screen.findByText(/Before/)).toBeInTheDocument();
    expect(container.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(container.querySelectorAll('script')).toHaveLength(0);
    expect(
      Array.from(container.querySelectorAll('a')).filter(a =>
        /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
      ),
    ).toEqual([]);
  });

  it('says when the record does not exist', async () => {
    const { api } = backend([]);
    await render(api, ids.rabbit);
    expect(await screen.findByText(`No ${ids.rabbit}`)).toBeInTheDocument();
  });
});
