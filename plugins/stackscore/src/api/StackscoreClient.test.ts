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
});
