import { screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { entity, fakeApi, scores } from '../shared/testData';
import { EntityStackscoreCard } from './EntityStackscoreCard';

function render(api: StackscoreApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[stackscoreApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityStackscoreCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('EntityStackscoreCard', () => {
  it('shows every scorecard with its level, score and trend since last week', async () => {
    const getEntityScores = jest.fn(async () => scores);
    await render(
      fakeApi({
        getEntityScores,
        getEntityHistory: async () => ({
          entityRef: scores.entityRef,
          from: '2026-11-15',
          to: '2026-11-22',
          points: [
            {
              day: '2026-11-15',
              scorecard: 'security',
              level: 'none',
              score: 0.6,
            },
            {
              day: '2026-11-22',
              scorecard: 'security',
              level: 'none',
              score: 0.75,
            },
          ],
        }),
      }),
    );
    expect(await screen.findByText('SLOs and resilience')).toBeInTheDocument();
    expect(screen.getByText('gold')).toBeInTheDocument();
    expect(screen.getByText('silver')).toBeInTheDocument();
    expect(screen.getByText('75% (15/20)')).toBeInTheDocument();
    expect(
      await screen.findByText(/\+15% since last week/),
    ).toBeInTheDocument();
    expect(screen.getByText('n/a')).toBeInTheDocument();
    expect(getEntityScores).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout-api',
    });
  });

  it('explains how to get scored when there are no scores yet', async () => {
    await render(fakeApi({ getEntityScores: async () => undefined }));
    expect(await screen.findByText(/Not scored yet/)).toBeInTheDocument();
    expect(screen.getByText('stackscore.io/source-dir')).toBeInTheDocument();
  });

  it('shows the error when scores cannot be loaded', async () => {
    await render(
      fakeApi({
        getEntityScores: async () => {
          throw new Error('backend unavailable');
        },
      }),
    );
    expect(
      (await screen.findAllByText(/backend unavailable/))[0],
    ).toBeInTheDocument();
  });
});
