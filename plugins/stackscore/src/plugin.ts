import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { StackscoreClient, stackscoreApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The Stackscore frontend plugin.
 *
 * @public
 */
export const stackscorePlugin = createPlugin({
  id: 'stackscore',
  apis: [
    createApiFactory({
      api: stackscoreApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new StackscoreClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The Stackscore page, to mount at `/stackscore`.
 *
 * @public
 */
export const StackscorePage = stackscorePlugin.provide(
  createRoutableExtension({
    name: 'StackscorePage',
    component: () =>
      import('./components/StackscorePage').then(m => m.StackscorePage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * Component overview card: the four scorecards with level, score and trend.
 *
 * @public
 */
export const EntityStackscoreCard = stackscorePlugin.provide(
  createComponentExtension({
    name: 'EntityStackscoreCard',
    component: {
      lazy: () =>
        import('./components/EntityStackscoreCard').then(
          m => m.EntityStackscoreCard,
        ),
    },
  }),
);

/**
 * Component tab: every check with status, evidence, remediation and the guidance behind it.
 *
 * @public
 */
export const EntityStackscoreContent = stackscorePlugin.provide(
  createComponentExtension({
    name: 'EntityStackscoreContent',
    component: {
      lazy: () =>
        import('./components/EntityStackscoreContent').then(
          m => m.EntityStackscoreContent,
        ),
    },
  }),
);

/**
 * Group overview card: how many of the team's services are scored and their levels per scorecard.
 *
 * @public
 */
export const EntityTeamStackscoreCard = stackscorePlugin.provide(
  createComponentExtension({
    name: 'EntityTeamStackscoreCard',
    component: {
      lazy: () =>
        import('./components/EntityTeamStackscoreCard').then(
          m => m.EntityTeamStackscoreCard,
        ),
    },
  }),
);

/**
 * Group tab: every service of the team (and its subgroups) × scorecard as a sortable heatmap, with the
 * level distribution and the trend over time.
 *
 * @public
 */
export const EntityTeamStackscoreContent = stackscorePlugin.provide(
  createComponentExtension({
    name: 'EntityTeamStackscoreContent',
    component: {
      lazy: () =>
        import('./components/EntityTeamStackscoreContent').then(
          m => m.EntityTeamStackscoreContent,
        ),
    },
  }),
);

/**
 * Group tab: the team's tech radar built from what its services use, with the services using technologies
 * on hold and technologies the radar does not cover yet.
 *
 * @public
 */
export const EntityTeamRadarContent = stackscorePlugin.provide(
  createComponentExtension({
    name: 'EntityTeamRadarContent',
    component: {
      lazy: () =>
        import('./components/EntityTeamRadarContent').then(
          m => m.EntityTeamRadarContent,
        ),
    },
  }),
);

/**
 * Component and group tab "Decisions": on a component, the decision records naming it and the ADR files in its
 * repository; on a group, the team's decision records. Both offer "New decision" with the scope filled in.
 *
 * @public
 */
export const EntityDecisionsContent = stackscorePlugin.provide(
  createComponentExtension({
    name: 'EntityDecisionsContent',
    component: {
      lazy: () =>
        import('./components/EntityDecisionsContent').then(
          m => m.EntityDecisionsContent,
        ),
    },
  }),
);

/**
 * The Remediation tab for component pages (the component's items) and group pages (the team's board).
 *
 * @public
 */
export const EntityRemediationContent = stackscorePlugin.provide(
  createComponentExtension({
    name: 'EntityRemediationContent',
    component: {
      lazy: () =>
        import('./components/EntityRemediationContent').then(
          m => m.EntityRemediationContent,
        ),
    },
  }),
);
