import path from 'path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { BackendFeature } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { readEntityForDirectory } from '../cli/readEntity';
import { stackscorePlugin } from '../plugin';

/** Test-only: the example repositories. */
export const exampleRepos = path.resolve(
  __dirname,
  '../../../../examples/repos',
);

/** Test-only: an example's catalog entity, its source resolved against {@link exampleRepos}. */
export async function exampleEntity(name: string): Promise<Entity> {
  const entity = await readEntityForDirectory(path.join(exampleRepos, name));
  entity.metadata.annotations = {
    ...entity.metadata.annotations,
    'stackscore.io/source-dir': name,
  };
  return entity;
}

/**
 * Test-only: the plugin on a test backend with a mocked catalog of example components, reading sources from
 * the example repositories; scheduled runs are pushed an hour out so tests start runs themselves.
 */
export async function startStackscore(
  options: {
    entities?: Entity[];
    features?: Array<BackendFeature | Promise<{ default: BackendFeature }>>;
    config?: Record<string, unknown>;
  } = {},
) {
  const entities = options.entities ?? [
    await exampleEntity('checkout-api'),
    await exampleEntity('promo-codes'),
  ];
  const { server } = await startTestBackend({
    features: [
      stackscorePlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          stackscore: {
            sources: { localRoot: exampleRepos },
            schedule: { initialDelay: { hours: 1 } },
            ...options.config,
          },
        },
      }),
      ...(options.features ?? []),
    ],
  });
  return server;
}

/** Test-only: a request made as a signed-in user. */
export const asUser = (req: request.Test) =>
  req.set('Authorization', mockCredentials.user.header());

/** Test-only: waits until a run is no longer running. */
export async function waitForRun(
  server: Parameters<typeof request>[0],
  id: string,
) {
  for (let i = 0; i < 200; i++) {
    const res = await asUser(
      request(server).get(`/api/stackscore/v1/runs/${id}`),
    );
    if (res.body.status !== 'running') return res.body;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`run ${id} did not finish`);
}
