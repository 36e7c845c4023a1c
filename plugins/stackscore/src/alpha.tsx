import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { StackscoreClient, stackscoreApiRef } from './api';
import { rootRouteRef } from './routes';
import { StackscoreIcon } from './components/StackscoreIcon';

/**
 * The Stackscore API for the new frontend system.
 *
 * @alpha
 */
export const stackscoreApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: stackscoreApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new StackscoreClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The `/stackscore` page for the new frontend system.
 *
 * @alpha
 */
export const stackscorePage = PageBlueprint.make({
  params: {
    path: '/stackscore',
    title: 'Stackscore',
    icon: <StackscoreIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('./components/StackscorePage').then(m => <m.StackscoreContent />),
  },
});

/**
 * The Stackscore plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'stackscore',
  extensions: [stackscoreApi, stackscorePage],
  routes: {
    root: convertLegacyRouteRef(rootRouteRef),
  },
});
