import { screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { stackscoreApiRef } from '../../api';
import type { StackscoreApi } from '../../api';
import { fakeApi } from '../shared/testData';
import { securitySummary } from '../StackscorePage/testData';
import { ScorecardOverview } from './ScorecardOverview';

function render(api: StackscoreApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[stackscoreApiRef, api]]}>
      <ScorecardOverview />
    </TestApiProvider>,
  );
}

describe('ScorecardOverview', () => {
  it('shows each scorecard with its checks per level', async () => {
    await render(fakeApi({ getScorecards: async () => [securitySummary] }));
    expect(await screen.findByText('Security hardening')).toBeInTheDocument();
    expect(screen.getByText('20 checks')).toBeInTheDocument();
    expect(screen.getByText('bronze: 7')).toBeInTheDocument();
    expect(screen.getByText('silver: 11')).toBeInTheDocument();
    expect(screen.getByText('gold: 2')).toBeInTheDocument();
  });

  it('says so when the backend has no scorecards', async () => {
    await render(fakeApi({ getScorecards: async () => [] }));
    expect(await screen.findByText('No scorecards')).toBeInTheDocument();
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
    await render(
      fakeApi({
        getScorecards: async () => {
          throw failure;
        },
      }),
    );
    expect(
      (await screen.findAllByText(/Missing credentials/))[0],
    ).toBeInTheDocument();
    expect(screen.queryByText('Security hardening')).not.toBeInTheDocument();
  });
});
