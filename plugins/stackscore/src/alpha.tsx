import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
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
 * The Stackscore card on component overview pages.
 *
 * @alpha
 */
export const stackscoreEntityCard = EntityCardBlueprint.make({
  name: 'scores',
  params: {
    filter: 'kind:component',
    loader: () =>
      import('./components/EntityStackscoreCard').then(m => (
        <m.EntityStackscoreCard />
      )),
  },
});

/**
 * The Stackscore tab on component pages.
 *
 * @alpha
 */
export const stackscoreEntityContent = EntityContentBlueprint.make({
  name: 'scores',
  params: {
    path: 'stackscore',
    title: 'Stackscore',
    filter: 'kind:component',
    loader: () =>
      import('./components/EntityStackscoreContent').then(m => (
        <m.EntityStackscoreContent />
      )),
  },
});

/**
 * The Stackscore card on group overview pages: services scored and level distribution per scorecard.
 *
 * @alpha
 */
export const stackscoreTeamEntityCard = EntityCardBlueprint.make({
  name: 'team-scores',
  params: {
    filter: 'kind:group',
    loader: () =>
      import('./components/EntityTeamStackscoreCard').then(m => (
        <m.EntityTeamStackscoreCard />
      )),
  },
});

/**
 * The Stackscore tab on group pages: the services × scorecards heatmap, level distribution and trend.
 *
 * @alpha
 */
export const stackscoreTeamEntityContent = EntityContentBlueprint.make({
  name: 'team-scores',
  params: {
    path: 'stackscore',
    title: 'Stackscore',
    filter: 'kind:group',
    loader: () =>
      import('./components/EntityTeamStackscoreContent').then(m => (
        <m.EntityTeamStackscoreContent />
      )),
  },
});

/**
 * The Radar tab on group pages: the team's radar, its hold flags and technologies the radar lacks.
 *
 * @alpha
 */
export const stackscoreTeamRadarEntityContent = EntityContentBlueprint.make({
  name: 'team-radar',
  params: {
    path: 'radar',
    title: 'Radar',
    filter: 'kind:group',
    loader: () =>
      import('./components/EntityTeamRadarContent').then(m => (
        <m.EntityTeamRadarContent />
      )),
  },
});

/**
 * The Decisions tab on component pages: the decision records naming the component and the ADR files in its
 * repository.
 *
 * @alpha
 */
export const stackscoreDecisionsEntityContent = EntityContentBlueprint.make({
  name: 'decisions',
  params: {
    path: 'decisions',
    title: 'Decisions',
    filter: 'kind:component',
    loader: () =>
      import('./components/EntityDecisionsContent').then(m => (
        <m.EntityDecisionsContent />
      )),
  },
});

/**
 * The Decisions tab on group pages: the team's decision records.
 *
 * @alpha
 */
export const stackscoreTeamDecisionsEntityContent = EntityContentBlueprint.make(
  {
    name: 'team-decisions',
    params: {
      path: 'decisions',
      title: 'Decisions',
      filter: 'kind:group',
      loader: () =>
        import('./components/EntityDecisionsContent').then(m => (
          <m.EntityDecisionsContent />
        )),
    },
  },
);

/**
 * The Remediation tab on component pages (the component's items) and group pages (the team's board).
 *
 * @alpha
 */
export const stackscoreRemediationEntityContent = EntityContentBlueprint.make({
  name: 'remediation',
  params: {
    path: 'remediation',
    title: 'Remediation',
    filter: 'kind:component,group',
    loader: () =>
      import('./components/EntityRemediationContent').then(m => (
        <m.EntityRemediationContent />
      )),
  },
});

/**
 * The Stackscore plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'stackscore',
  extensions: [
    stackscoreApi,
    stackscorePage,
    stackscoreEntityCard,
    stackscoreEntityContent,
    stackscoreTeamEntityCard,
    stackscoreTeamEntityContent,
    stackscoreTeamRadarEntityContent,
    stackscoreDecisionsEntityContent,
    stackscoreTeamDecisionsEntityContent,
    stackscoreRemediationEntityContent,
  ],
  routes: {
    root: convertLegacyRouteRef(rootRouteRef),
  },
});
