import { ReactElement } from 'react';
import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import type { StackscoreApi } from '../../../api';
import { stackscoreApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { DecisionsPage } from '../../DecisionsPage';
import { groups } from '../radarTestData';

/** Test-only: shows where the router is, so tests can follow navigation. */
export function LocationProbe() {
  const location = useLocation();
  return (
    <div data-testid="location">{`${location.pathname}${location.search}`}</div>
  );
}

/** Test-only: the path and query the router is at. */
export const location = () => screen.getByTestId('location').textContent;

/** Test-only: a catalog with the two example groups, for the team pickers. */
export const catalogApi = {
  getEntities: jest.fn(async () => ({ items: groups })),
};

/**
 * Test-only: renders an element the way the app mounts the Stackscore page (under `/stackscore`), by default
 * the Decisions tab at `/stackscore/decisions/*`.
 */
export function renderDecisions(
  api: StackscoreApi,
  path: string,
  element: ReactElement = <DecisionsPage />,
  routePath = '/stackscore/decisions/*',
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [stackscoreApiRef, api],
        [catalogApiRef, catalogApi],
      ]}
    >
      <Routes>
        <Route path={routePath} element={element} />
      </Routes>
      <LocationProbe />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/stackscore': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
