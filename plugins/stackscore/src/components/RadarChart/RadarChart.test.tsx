import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { RadarChart } from './RadarChart';
import type { RadarChartEntry } from './layout';

// Each test drives a whole view through many interactions; the 5 s default is too tight on a busy 2-core runner.
jest.setTimeout(20_000);

const entries: RadarChartEntry[] = [
  {
    id: 'go',
    title: 'Go',
    quadrant: 'languages-frameworks',
    ring: 'adopt',
    count: 3,
  },
  { id: 'helm', title: 'Helm', quadrant: 'tools', ring: 'trial', count: 1 },
  {
    id: 'wasm-edge',
    title: 'WebAssembly at the edge',
    quadrant: 'platforms',
    ring: 'assess',
  },
  {
    id: 'big-bang',
    title: 'Big-bang rewrites',
    quadrant: 'techniques',
    ring: 'hold',
    count: 2,
    highlight: 'hold',
  },
];

describe('RadarChart', () => {
  it('draws four quadrants of four rings and one blip per entry', async () => {
    await renderInTestApp(<RadarChart entries={entries} />);

    const image = screen.getByRole('img', { name: 'Tech radar' });
    for (const quadrant of [
      'Languages & Frameworks',
      'Tools',
      'Platforms',
      'Techniques',
    ]) {
      expect(within(image).getByText(quadrant)).toBeInTheDocument();
    }
    // Each ring is labelled on both sides of the horizontal axis.
    for (const ring of ['Adopt', 'Trial', 'Assess', 'Hold']) {
      expect(within(image).getAllByText(ring)).toHaveLength(2);
    }
    expect(image.querySelectorAll('circle')).toHaveLength(4);

    const blips = within(
      screen.getByRole('group', { name: 'Radar entries' }),
    ).getAllByRole('button');
    expect(blips.map(b => b.getAttribute('aria-label'))).toEqual([
      'Go',
      'Helm',
      'WebAssembly at the edge',
      'Big-bang rewrites',
    ]);
    // Numbered in quadrant and ring order, the legend repeating the numbers.
    expect(blips.map(b => b.textContent)).toEqual(['1', '2', '3', '4']);
    expect(screen.getByText('WebAssembly at the edge')).toBeInTheDocument();
    expect(screen.getByText('(3)')).toBeInTheDocument();
  });

  it('shows a tooltip with title, ring and services on hover and focus', async () => {
    await renderInTestApp(<RadarChart entries={entries} />);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await userEvent.hover(screen.getByRole('button', { name: 'Go' }));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Go');
    expect(tooltip).toHaveTextContent('Adopt · Languages & Frameworks');
    expect(tooltip).toHaveTextContent('3 services');
    expect(screen.getByRole('button', { name: 'Go' })).toHaveAttribute(
      'aria-describedby',
      tooltip.id,
    );

    await userEvent.unhover(screen.getByRole('button', { name: 'Go' }));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    act(() =>
      screen.getByRole('button', { name: 'Big-bang rewrites' }).focus(),
    );
    const hold = await screen.findByRole('tooltip');
    expect(hold).toHaveTextContent('Hold · Techniques');
    expect(hold).toHaveTextContent('2 services');
    expect(hold).toHaveTextContent('On hold: plan to move away');
  });

  it('selects an entry by click or keyboard', async () => {
    const onSelect = jest.fn();
    await renderInTestApp(
      <RadarChart entries={entries} selectedId="helm" onSelect={onSelect} />,
    );
    expect(screen.getByRole('button', { name: 'Helm' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(onSelect).toHaveBeenLastCalledWith('go');

    act(() =>
      screen.getByRole('button', { name: 'Big-bang rewrites' }).focus(),
    );
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('big-bang');
    await userEvent.tab();
    expect(document.activeElement).not.toBe(
      screen.getByRole('button', { name: 'Big-bang rewrites' }),
    );
  });

  it('keeps 200 entries apart', async () => {
    const many: RadarChartEntry[] = Array.from({ length: 200 }, (_, i) => ({
      id: `entry-${i}`,
      title: `Entry ${i}`,
      quadrant: (
        ['languages-frameworks', 'tools', 'platforms', 'techniques'] as const
      )[i % 4],
      ring: (['adopt', 'adopt', 'trial', 'assess', 'hold'] as const)[i % 5],
    }));
    await renderInTestApp(<RadarChart entries={many} />);
    expect(
      within(screen.getByRole('group', { name: 'Radar entries' })).getAllByRole(
        'button',
      ),
    ).toHaveLength(200);
  });
});
