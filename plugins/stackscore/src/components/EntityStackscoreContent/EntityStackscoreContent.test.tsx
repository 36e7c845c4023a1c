import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { entity, fakeApi, scores } from '../shared/testData';
import { EntityStackscoreContent } from './EntityStackscoreContent';

function render(api: StackscoreApi) {
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
});
