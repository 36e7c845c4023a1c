import { screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import type { ScorecardSummary } from '@stackscore/plugin-stackscore-common';
import { StackscoreApi, stackscoreApiRef } from '../../api';
import { StackscorePage } from './StackscorePage';

const security: ScorecardSummary = {
  id: 'security',
  title: 'Security hardening',
  description: 'Static analysis, hardened containers and safe input handling.',
  levels: ['bronze', 'silver', 'gold'],
  checkCounts: { bronze: 7, silver: 11, gold: 2 },
  totalChecks: 20,
};

function apiReturning(
  getScorecards: StackscoreApi['getScorecards'],
): StackscoreApi {
  return {
    getScorecards,
    getChecks: jest.fn(),
    getEntityScores: jest.fn(),
    refreshEntity: jest.fn(),
    getEntityHistory: jest.fn(),
  };
}

describe('StackscorePage', () => {
  it('shows each scorecard with its checks per level', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[[stackscoreApiRef, apiReturning(async () => [security])]]}
      >
        <StackscorePage />
      </TestApiProvider>,
    );
    expect(await screen.findByText('Security hardening')).toBeInTheDocument();
    expect(screen.getByText('20 checks')).toBeInTheDocument();
    expect(screen.getByText('bronze: 7')).toBeInTheDocument();
    expect(screen.getByText('silver: 11')).toBeInTheDocument();
    expect(screen.getByText('gold: 2')).toBeInTheDocument();
  });

  it('shows the backend error when the scorecards cannot be loaded', async () => {
    const failure = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'AuthenticationError',
            message: 'Missing credentials',
          },
          request: { method: 'GET', url: '/api/stackscore/v1/scorecards' },
          response: { statusCode: 401 },
        }),
        { status: 401, headers: { 'content-type': 'application/json' } },
      ) as any,
    );
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            stackscoreApiRef,
            apiReturning(async () => {
              throw failure;
            }),
          ],
        ]}
      >
        <StackscorePage />
      </TestApiProvider>,
    );
    const messages = await screen.findAllByText(/Missing credentials/);
    expect(messages[0]).toBeInTheDocument();
    expect(screen.queryByText('Security hardening')).not.toBeInTheDocument();
  });
});
