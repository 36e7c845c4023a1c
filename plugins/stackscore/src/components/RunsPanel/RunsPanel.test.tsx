import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ResponseError } from '@backstage/errors';
import type { RunResponse } from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import { run } from '../StackscorePage/testData';
import { RunsPanel } from './RunsPanel';
import { formatDuration, runProgress } from './format';

function render(
  api: StackscoreApi,
  permission:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const authorize = jest.fn(async () => ({ result: permission }));
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [stackscoreApiRef, api],
        [permissionApiRef, { authorize }],
      ]}
    >
      {/* Short polls keep the tests quick; the page polls every second. */}
      <RunsPanel pollIntervalMs={20} />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const progressBar = () =>
  screen.getByRole('progressbar', { name: 'Run progress' });

describe('RunsPanel', () => {
  it('lists runs with trigger, status, shard, counts and duration', async () => {
    await render(
      fakeApi({
        listRuns: async () => ({
          items: [
            run({
              id: 'run-2',
              trigger: 'schedule',
              status: 'partial',
              shard: 1,
              shards: 4,
              total: 10,
              done: 7,
              failed: 2,
              skipped: 1,
              startedAt: '2026-11-22T11:00:00.000Z',
              durationMs: 185000,
              failures: [
                {
                  entityRef: 'component:default/ledger',
                  message: 'Timed out after 60 s',
                },
                { entityRef: 'component:default/orders', message: 'ENOENT' },
              ],
            }),
            run(),
          ],
        }),
      }),
    );
    const table = await screen.findByRole('table', { name: 'Scoring runs' });
    const [, partial, succeeded] = within(table).getAllByRole('row');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .slice(2, 9)
        .map(cell => cell.textContent);
    expect(cells(partial)).toEqual([
      'schedule',
      'partial',
      '2/4',
      '7 / 10',
      '2',
      '1',
      '3 min 5 s',
    ]);
    expect(cells(succeeded)).toEqual([
      'manual',
      'succeeded',
      '—',
      '14 / 14',
      '0',
      '0',
      '1 min 5 s',
    ]);
    // No progress bar: nothing is running and nothing was started here.
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByText('Timed out after 60 s')).not.toBeInTheDocument();

    await userEvent.click(
      within(partial).getByRole('button', { name: /^Show failures/ }),
    );
    expect(screen.getByText('Timed out after 60 s')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /ledger/ })).toHaveAttribute(
      'href',
      '/catalog/default/component/ledger',
    );
    expect(screen.getByText('ENOENT')).toBeInTheDocument();
    expect(
      within(succeeded).queryByRole('button', { name: /failures/ }),
    ).not.toBeInTheDocument();
  });

  it('loads older runs from the cursor', async () => {
    const listRuns = jest
      .fn()
      .mockResolvedValueOnce({
        items: [run({ id: 'new', startedAt: '2026-11-22T11:00:00.000Z' })],
        nextCursor: '2026-11-22T11:00:00.000Z',
      })
      .mockResolvedValueOnce({
        items: [
          run({
            id: 'old',
            trigger: 'event',
            startedAt: '2026-11-21T09:00:00.000Z',
          }),
        ],
      });
    await render(fakeApi({ listRuns }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Load older runs' }),
    );
    expect(listRuns).toHaveBeenLastCalledWith({
      before: '2026-11-22T11:00:00.000Z',
    });
    expect(await screen.findByText('event')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(
      screen.queryByRole('button', { name: 'Load older runs' }),
    ).not.toBeInTheDocument();
  });

  it('follows a running run until it finishes, then keeps its final figures', async () => {
    const running = run({
      id: 'live',
      status: 'running',
      total: 14,
      done: 3,
      finishedAt: undefined,
      durationMs: 2000,
    });
    const finished = run({ id: 'live', done: 14, skipped: 1 });
    const listRuns = jest
      .fn()
      .mockResolvedValueOnce({ items: [running] })
      .mockResolvedValue({ items: [finished] });
    // Each poll waits for the test to answer it, so every step can be observed.
    const answers: Array<(value: RunResponse) => void> = [];
    const getRun = jest.fn(
      () => new Promise<RunResponse>(resolve => answers.push(resolve)),
    );
    await render(fakeApi({ listRuns, getRun }));

    expect(await screen.findByText('3 of 14 · 21%')).toBeInTheDocument();
    expect(progressBar()).toHaveAttribute('aria-valuenow', '21');
    expect(screen.getByText(/Run in progress/)).toBeInTheDocument();

    await waitFor(() => expect(getRun).toHaveBeenCalledTimes(1));
    // While a poll is unanswered no other is sent.
    await new Promise(resolve => setTimeout(resolve, 60));
    expect(getRun).toHaveBeenCalledTimes(1);
    act(() => answers[0]({ ...running, done: 10, failed: 1 }));
    expect(await screen.findByText('10 of 14 · 71%')).toBeInTheDocument();
    expect(progressBar()).toHaveAttribute('aria-valuenow', '71');

    await waitFor(() => expect(getRun).toHaveBeenCalledTimes(2));
    act(() => answers[1](finished));
    expect(await screen.findByText('14 of 14 · 100%')).toBeInTheDocument();
    expect(progressBar()).toHaveAttribute('aria-valuenow', '100');
    expect(getRun).toHaveBeenCalledWith('live');

    // The list is re-read once the run finishes, and polling stops.
    await waitFor(() => expect(listRuns).toHaveBeenCalledTimes(2));
    const polls = getRun.mock.calls.length;
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(getRun).toHaveBeenCalledTimes(polls);
    expect(screen.getByText('14 of 14 · 100%')).toBeInTheDocument();
    expect(screen.getByText(/^Run succeeded/)).toBeInTheDocument();
  });

  it('starts a run and follows its progress', async () => {
    const started = run({
      id: 'mine',
      status: 'running',
      total: 0,
      done: 0,
      finishedAt: undefined,
      durationMs: 0,
    });
    const startRun = jest.fn(async () => started);
    const getRun = jest
      .fn()
      .mockResolvedValueOnce({ ...started, total: 4, done: 2 })
      .mockResolvedValue({
        ...started,
        status: 'succeeded',
        total: 4,
        done: 4,
      });
    await render(
      fakeApi({
        listRuns: jest
          .fn()
          .mockResolvedValueOnce({ items: [] })
          .mockResolvedValue({
            items: [{ ...started, status: 'succeeded', total: 4, done: 4 }],
          }),
        startRun,
        getRun,
      }),
    );
    expect(await screen.findByText('No runs yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Start run' }));
    expect(startRun).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('2 of 4 · 50%')).toBeInTheDocument();
    expect(await screen.findByText('4 of 4 · 100%')).toBeInTheDocument();
    expect(progressBar()).toHaveAttribute('aria-valuenow', '100');
    expect(getRun).toHaveBeenCalledWith('mine');
  });

  it('shows why a run could not be started and keeps the list', async () => {
    const forbidden = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'NotAllowedError',
            message: 'Not allowed: stackscore.run.create',
          },
          request: { method: 'POST', url: '/api/stackscore/v1/runs' },
          response: { statusCode: 403 },
        }),
        { status: 403, headers: { 'content-type': 'application/json' } },
      ) as any,
    );
    await render(
      fakeApi({
        listRuns: async () => ({ items: [run()] }),
        startRun: async () => {
          throw forbidden;
        },
      }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Start run' }),
    );
    expect(
      (await screen.findAllByText(/Not allowed: stackscore.run.create/))[0],
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Scoring runs' }),
    ).toBeInTheDocument();
    expect(screen.getByText('14 / 14')).toBeInTheDocument();
  });

  it('explains where runs come from when there are none', async () => {
    await render(fakeApi({ listRuns: async () => ({ items: [] }) }));
    expect(await screen.findByText('No runs yet')).toBeInTheDocument();
    expect(screen.getByText(/stackscore\.schedule/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start run' })).toBeEnabled();
  });

  it('shows why the runs could not be loaded', async () => {
    await render(
      fakeApi({
        listRuns: async () => {
          throw new Error('runs table missing');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/runs table missing/))[0],
    ).toBeInTheDocument();
  });
});

describe('run figures', () => {
  it('takes done, which includes failed and skipped entities, as processed', () => {
    expect(
      runProgress(run({ total: 8, done: 4, failed: 1, skipped: 1 })),
    ).toEqual({ processed: 4, total: 8, percent: 50 });
    expect(
      runProgress(run({ status: 'running', total: 0, done: 0 })).percent,
    ).toBe(0);
    expect(runProgress(run({ total: 0, done: 0 })).percent).toBe(100);
  });

  it('formats durations', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(42000)).toBe('42 s');
    expect(formatDuration(3723000)).toBe('1 h 2 min');
  });
});
