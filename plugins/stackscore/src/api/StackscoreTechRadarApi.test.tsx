import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  TechRadarApi,
  TechRadarComponent,
  TechRadarPage,
  techRadarApiRef,
} from '@backstage-community/plugin-tech-radar';
import { MovedState } from '@backstage-community/plugin-tech-radar-common';
import { fakeApi } from '../components/shared/testData';
import { orgRadar, paymentsRadar } from '../components/shared/radarTestData';
import { StackscoreTechRadarApi } from './StackscoreTechRadarApi';

// Each test drives a whole view through many interactions; the 5 s default is too tight on a busy 2-core runner.
jest.setTimeout(20_000);

function techRadarApi() {
  const stackscoreApi = fakeApi({
    getRadar: jest.fn(async () => orgRadar),
    getTeamRadar: jest.fn(async () => paymentsRadar),
  });
  // Typed as the community plugin's API: the class must stay assignable to it.
  const api: TechRadarApi = new StackscoreTechRadarApi({ stackscoreApi });
  return { api, stackscoreApi };
}

// The community radar measures its labels; jsdom does not lay out SVG.
const originalGetBBox = (SVGElement.prototype as any).getBBox;
beforeAll(() => {
  (SVGElement.prototype as any).getBBox = () => ({
    x: 0,
    y: 0,
    width: 40,
    height: 12,
  });
});
afterAll(() => {
  (SVGElement.prototype as any).getBBox = originalGetBBox;
});

describe('StackscoreTechRadarApi', () => {
  it('maps the organisation radar to the community format', async () => {
    const { api } = techRadarApi();
    const radar = await api.load(undefined);

    expect(radar.quadrants).toEqual([
      { id: 'languages-frameworks', name: 'Languages & Frameworks' },
      { id: 'tools', name: 'Tools' },
      { id: 'platforms', name: 'Platforms' },
      { id: 'techniques', name: 'Techniques' },
    ]);
    expect(radar.rings.map(ring => [ring.id, ring.name])).toEqual([
      ['adopt', 'Adopt'],
      ['trial', 'Trial'],
      ['assess', 'Assess'],
      ['hold', 'Hold'],
    ]);
    expect(radar.rings.every(ring => /^#[0-9a-f]{6}$/.test(ring.color))).toBe(
      true,
    );
    expect(radar.entries.map(entry => entry.id)).toEqual(
      orgRadar.entries.map(entry => entry.id),
    );

    const go = radar.entries.find(entry => entry.id === 'go')!;
    expect(go).toMatchObject({
      key: 'go',
      title: 'Go',
      quadrant: 'languages-frameworks',
      description: 'The default language for new backend services.',
    });
    expect(go.timeline).toEqual([
      {
        date: new Date('2026-11-01T09:00:00.000Z'),
        ringId: 'adopt',
        description: 'Seeded from the guidance documents',
        moved: MovedState.NoChange,
      },
    ]);

    // Newest move first: the community plugin reads the first snapshot as the current ring.
    const rust = radar.entries.find(entry => entry.id === 'rust')!;
    expect(rust.timeline.map(s => [s.ringId, s.moved, s.description])).toEqual([
      ['trial', MovedState.Up, 'Two teams run it in production'],
      ['assess', MovedState.NoChange, 'Seeded from the guidance documents'],
    ]);
  });

  it('loads a team radar for a group ref, with only the entries it uses', async () => {
    const { api, stackscoreApi } = techRadarApi();
    const radar = await api.load('group:default/payments');
    expect(stackscoreApi.getTeamRadar).toHaveBeenCalledWith({
      kind: 'group',
      namespace: 'default',
      name: 'payments',
    });
    expect(radar.entries.map(entry => entry.id)).toEqual(['go', 'python-2']);
    expect(radar.entries[1].timeline[0].ringId).toBe('hold');
  });

  it('refuses ids that are not group refs', async () => {
    const { api } = techRadarApi();
    await expect(api.load('component:default/checkout-api')).rejects.toThrow(
      /not "component:default\/checkout-api"/,
    );
  });

  it('renders in the community plugin’s radar', async () => {
    const { api } = techRadarApi();
    await renderInTestApp(
      <TestApiProvider apis={[[techRadarApiRef, api]]}>
        <TechRadarComponent width={1200} height={800} />
      </TestApiProvider>,
    );
    for (const entry of orgRadar.entries) {
      expect((await screen.findAllByText(entry.title))[0]).toBeInTheDocument();
    }
    expect(
      screen.getAllByText('Languages & Frameworks')[0],
    ).toBeInTheDocument();
  });

  it('renders a team radar in the community plugin’s page', async () => {
    const { api } = techRadarApi();
    await renderInTestApp(
      <TestApiProvider apis={[[techRadarApiRef, api]]}>
        {/* A routable extension is only valid where a route gives it a path, as in an app. */}
        <Routes>
          <Route
            path="/tech-radar"
            element={
              <TechRadarPage
                id="group:default/payments"
                title="Payments radar"
                width={1200}
                height={800}
              />
            }
          />
        </Routes>
      </TestApiProvider>,
      { routeEntries: ['/tech-radar'] },
    );
    expect(screen.getByText('Payments radar')).toBeInTheDocument();
    expect((await screen.findAllByText('Python 2'))[0]).toBeInTheDocument();
    expect(screen.queryByText('Kubernetes')).not.toBeInTheDocument();
  });
});
