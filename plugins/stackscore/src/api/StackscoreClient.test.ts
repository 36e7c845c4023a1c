import { StackscoreClient } from './StackscoreClient';

function clientWith(fetchImpl: jest.Mock) {
  return new StackscoreClient({
    discoveryApi: {
      getBaseUrl: async (id: string) => `http://backstage:7007/api/${id}`,
    },
    fetchApi: { fetch: fetchImpl },
  });
}

const json = (status: number, body: unknown) =>
  ({
    ok: status < 400,
    status,
    statusText: status < 400 ? 'OK' : 'Bad Request',
    headers: new Map([['content-type', 'application/json']]),
    json: async () => body,
    text: async () => JSON.stringify(body),
  } as unknown as Response);

describe('StackscoreClient', () => {
  it('asks the discovered backend for the scorecards', async () => {
    const fetch = jest.fn().mockResolvedValue(json(200, { items: [] }));
    await expect(clientWith(fetch).getScorecards()).resolves.toEqual([]);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage:7007/api/stackscore/v1/scorecards',
      undefined,
    );
  });

  it('filters checks by scorecard through the query string', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValue(json(200, { catalogueVersion: '1', items: [] }));
    await clientWith(fetch).getChecks({ scorecard: 'supply-chain' });
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage:7007/api/stackscore/v1/checks?scorecard=supply-chain',
      undefined,
    );
  });

  it('throws a ResponseError carrying the backend message', async () => {
    const fetch = jest.fn().mockResolvedValue(
      json(400, {
        error: { name: 'InputError', message: 'Invalid query: scorecard' },
        request: { method: 'GET', url: '/v1/checks' },
        response: { statusCode: 400 },
      }),
    );
    await expect(clientWith(fetch).getChecks()).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
      body: { error: { message: 'Invalid query: scorecard' } },
    });
  });

  const ref = { kind: 'Component', namespace: 'default', name: 'orders api' };

  it('reads an entity’s scores and treats 404 as not scored yet', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValueOnce(
        json(200, { entityRef: 'component:default/orders api' }),
      )
      .mockResolvedValueOnce(
        json(404, {
          error: { name: 'NotFoundError', message: 'No scores' },
          request: { method: 'GET', url: '/' },
          response: { statusCode: 404 },
        }),
      );
    const client = clientWith(fetch);
    await expect(client.getEntityScores(ref)).resolves.toEqual({
      entityRef: 'component:default/orders api',
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage:7007/api/stackscore/v1/entities/Component/default/orders%20api/scores',
      undefined,
    );
    await expect(client.getEntityScores(ref)).resolves.toBeUndefined();
  });

  it('posts a refresh and asks for history with a query string', async () => {
    const fetch = jest.fn().mockResolvedValue(json(200, {}));
    const client = clientWith(fetch);
    await client.refreshEntity(ref);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage:7007/api/stackscore/v1/entities/Component/default/orders%20api/refresh',
      { method: 'POST' },
    );
    await client.getEntityHistory(ref, {
      from: '2026-11-15',
      to: '2026-11-22',
    });
    expect(fetch).toHaveBeenLastCalledWith(
      'http://backstage:7007/api/stackscore/v1/entities/Component/default/orders%20api/history?from=2026-11-15&to=2026-11-22',
      undefined,
    );
  });

  const team = { kind: 'Group', namespace: 'default', name: 'payments risk' };
  const teamPage = (names: string[], nextCursor?: string) => ({
    team: { ref: 'group:default/payments risk', subgroups: [] },
    items: names.map(name => ({ name })),
    nextCursor,
    levelDistribution: {},
    averages: {},
    total: 3,
  });

  it('reads a team page with its options in the query string', async () => {
    const fetch = jest.fn().mockResolvedValue(json(200, teamPage([])));
    await clientWith(fetch).getTeamScores(team, {
      includeSubgroups: false,
      sort: 'security',
      order: 'desc',
      limit: 10,
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage:7007/api/stackscore/v1/teams/default/payments%20risk/scores?includeSubgroups=false&sort=security&order=desc&limit=10',
      undefined,
    );
  });

  it('follows cursors to read every entity of a team', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValueOnce(json(200, teamPage(['a', 'b'], 'c1')))
      .mockResolvedValueOnce(json(200, teamPage(['c'])));
    const all = await clientWith(fetch).getAllTeamScores(team);
    expect(all.items.map(i => i.name)).toEqual(['a', 'b', 'c']);
    expect(all.nextCursor).toBeUndefined();
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      'http://backstage:7007/api/stackscore/v1/teams/default/payments%20risk/scores?limit=500',
      'http://backstage:7007/api/stackscore/v1/teams/default/payments%20risk/scores?limit=500&cursor=c1',
    ]);
  });

  it('posts a new exemption as JSON', async () => {
    const fetch = jest.fn().mockResolvedValue(json(201, { id: 'x' }));
    const input = {
      entityRef: 'component:default/orders',
      checkId: 'security.sast-in-ci',
      reason: 'Scanner licence arrives in January',
      expiresAt: '2027-01-31T23:59:59.000Z',
    };
    await clientWith(fetch).createExemption(input);
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage:7007/api/stackscore/v1/exemptions',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      },
    );
  });

  it('starts a run and follows it by id', async () => {
    const fetch = jest.fn().mockResolvedValue(json(202, { id: 'r1' }));
    const client = clientWith(fetch);
    await client.startRun();
    await client.getRun('r1');
    await client.listRuns({ limit: 5 });
    expect(fetch.mock.calls).toEqual([
      ['http://backstage:7007/api/stackscore/v1/runs', { method: 'POST' }],
      ['http://backstage:7007/api/stackscore/v1/runs/r1', undefined],
      ['http://backstage:7007/api/stackscore/v1/runs?limit=5', undefined],
    ]);
  });

  it('refuses a forbidden run with the backend message', async () => {
    const fetch = jest.fn().mockResolvedValue(
      json(403, {
        error: { name: 'NotAllowedError', message: 'Not allowed' },
        request: { method: 'POST', url: '/v1/runs' },
        response: { statusCode: 403 },
      }),
    );
    await expect(clientWith(fetch).startRun()).rejects.toMatchObject({
      statusCode: 403,
    });
  });
});
