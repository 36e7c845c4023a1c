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
    );
  });

  it('filters checks by scorecard through the query string', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValue(json(200, { catalogueVersion: '1', items: [] }));
    await clientWith(fetch).getChecks({ scorecard: 'supply-chain' });
    expect(fetch).toHaveBeenCalledWith(
      'http://backstage:7007/api/stackscore/v1/checks?scorecard=supply-chain',
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
});
