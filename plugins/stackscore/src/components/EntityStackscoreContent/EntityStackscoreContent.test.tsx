import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { entity, fakeApi, scores } from '../shared/testData';
import { EntityStackscoreContent } from './EntityStackscoreContent';

// usePermission caches decisions across renders (SWR), so each test states its decision through the hook.
jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: jest.fn(),
}));
const mockedUsePermission = usePermission as jest.MockedFunction<
  typeof usePermission
>;

function render(api: StackscoreApi, allowed = false) {
  mockedUsePermission.mockReturnValue({ loading: false, allowed });
  return renderInTestApp(
    <TestApiProvider apis={[[stackscoreApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityStackscoreContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('EntityStackscoreContent', () => {
  it('lists checks by level with evidence, the fix and the guidance behind them', async () => {
    await render(fakeApi({ getEntityScores: async () => scores }));
    expect(
      await screen.findByText('Containers run as a non-root user'),
    ).toBeInTheDocument();
    expect(screen.getByText('Final stage runs as root')).toBeInTheDocument();
    expect(screen.getByText(/\(Dockerfile:12\)/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Add a USER instruction with a non-zero UID to the final stage.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Why: TechStack Comparisons — Enterprise Stack Guide — Containers',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('exempted')).toBeInTheDocument();
    expect(screen.getAllByText('bronze').length).toBeGreaterThan(0);
    expect(
      screen.getByText('75% — 15 of 20 applicable checks pass'),
    ).toBeInTheDocument();
  });

  it('rescores on request and shows the new scores', async () => {
    const rescored = {
      ...scores,
      scoredAt: '2026-11-22T11:00:00.000Z',
      scorecards: scores.scorecards.map(s =>
        s.id === 'security'
          ? { ...s, level: 'gold' as const, score: 1, passed: 20 }
          : s,
      ),
    };
    let current = scores;
    const refreshEntity = jest.fn(async () => {
      current = rescored;
      return rescored;
    });
    await render(
      fakeApi({ getEntityScores: async () => current, refreshEntity }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Rescore now' }),
    );
    expect(refreshEntity).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('100% — 20 of 20 applicable checks pass'),
    ).toBeInTheDocument();
  });

  it('shows why a rescore was refused', async () => {
    await render(
      fakeApi({
        getEntityScores: async () => scores,
        refreshEntity: async () => {
          throw new Error('Not allowed: stackscore.entity.refresh');
        },
      }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Rescore now' }),
    );
    await waitFor(() =>
      expect(
        screen.getAllByText(/Not allowed: stackscore.entity.refresh/)[0],
      ).toBeInTheDocument(),
    );
  });

  it('tells how to connect a source when none was read', async () => {
    await render(
      fakeApi({
        getEntityScores: async () => ({
          ...scores,
          source: {
            problem:
              'no stackscore.io/source-dir or backstage.io/source-location annotation',
          },
        }),
      }),
    );
    expect(
      await screen.findByText(/No repository was read/),
    ).toBeInTheDocument();
  });

  it('offers an exemption for a failing check only with permission, and reloads after one is created', async () => {
    const exempted = {
      ...scores,
      results: scores.results.map(r =>
        r.checkId === 'security.container-non-root'
          ? { ...r, exempted: true }
          : r,
      ),
      exemptions: [
        {
          id: '0b7c0a4e-8a2f-4a55-9a55-3c1c2b3d4e5f',
          entityRef: 'component:default/checkout-api',
          checkId: 'security.container-non-root',
          reason: 'Base image migration lands next sprint',
          createdBy: 'user:default/guest',
          createdAt: '2026-11-22T10:00:00.000Z',
          expiresAt: '2027-02-20T23:59:59.000Z',
          active: true,
        },
      ],
    };
    let current = scores;
    const createExemption = jest.fn(async () => {
      current = exempted;
      return exempted.exemptions[0];
    });
    await render(
      fakeApi({ getEntityScores: async () => current, createExemption }),
      true,
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Request exemption' }),
    );
    const submit = screen.getByRole('button', { name: 'Request exemption' });
    expect(submit).toBeDisabled();
    await userEvent.type(
      screen.getByLabelText(/Reason/),
      'Base image migration lands next sprint',
    );
    await userEvent.click(submit);
    expect(createExemption).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRef: 'component:default/checkout-api',
        checkId: 'security.container-non-root',
        reason: 'Base image migration lands next sprint',
        expiresAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T23:59:59.000Z$/),
      }),
    );
    expect(
      await screen.findByText(/until 2027-02-20 by user:default\/guest/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Request exemption' }),
    ).not.toBeInTheDocument();
  });

  it('hides the exemption request without permission', async () => {
    await render(fakeApi({ getEntityScores: async () => scores }));
    expect(
      await screen.findByText('Containers run as a non-root user'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Request exemption' }),
    ).not.toBeInTheDocument();
    expect(mockedUsePermission).toHaveBeenCalledWith({
      permission: expect.objectContaining({
        name: 'stackscore.exemption.create',
      }),
      resourceRef: 'component:default/checkout-api',
    });
  });

  it('keeps the dialog open with the reason when the request is refused', async () => {
    await render(
      fakeApi({
        getEntityScores: async () => scores,
        createExemption: async () => {
          throw new Error('Invalid body: expiresAt: must be in the future');
        },
      }),
      true,
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Request exemption' }),
    );
    await userEvent.type(screen.getByLabelText(/Reason/), 'Legacy base image');
    await userEvent.click(
      screen.getByRole('button', { name: 'Request exemption' }),
    );
    expect(
      (await screen.findAllByText(/must be in the future/))[0],
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Reason/)).toHaveValue('Legacy base image');
  });

  it('shows the history section, explaining when there is not enough to draw', async () => {
    const getEntityHistory = jest.fn(async () => ({
      entityRef: 'component:default/checkout-api',
      from: '2026-08-25',
      to: '2026-11-22',
      points: [
        {
          day: '2026-11-22',
          scorecard: 'slo' as const,
          level: 'gold' as const,
          score: 1,
        },
      ],
    }));
    await render(
      fakeApi({ getEntityScores: async () => scores, getEntityHistory }),
    );
    expect(
      await screen.findByText(/Only one day recorded so far/),
    ).toBeInTheDocument();
    expect(getEntityHistory).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'checkout-api' }),
    );
  });
});
