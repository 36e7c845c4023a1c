import { nextSort, sortServices } from './heatmapSort';
import { service } from './testData';

const a = service('alpha', { slo: 0.5 }, 'group:default/b');
const b = { ...service('beta', { slo: 0.2 }), owner: undefined };
const c = service('gamma', { security: 0.9 }, 'group:default/a');

const names = (items: { name: string }[]) => items.map(i => i.name);

describe('sortServices', () => {
  it('puts services without a value last in both directions', () => {
    expect(
      names(sortServices([a, b, c], { key: 'slo', order: 'asc' })),
    ).toEqual(['beta', 'alpha', 'gamma']);
    expect(
      names(sortServices([a, b, c], { key: 'slo', order: 'desc' })),
    ).toEqual(['alpha', 'beta', 'gamma']);
    expect(
      names(sortServices([a, b, c], { key: 'owner', order: 'desc' })),
    ).toEqual(['alpha', 'gamma', 'beta']);
  });

  it('breaks ties by name and leaves its input alone', () => {
    const input = [c, b, a];
    expect(
      names(sortServices(input, { key: 'supply-chain', order: 'desc' })),
    ).toEqual(['alpha', 'beta', 'gamma']);
    expect(names(input)).toEqual(['gamma', 'beta', 'alpha']);
  });
});

describe('nextSort', () => {
  it('flips the active column and starts a new one ascending', () => {
    expect(nextSort({ key: 'score', order: 'asc' }, 'score')).toEqual({
      key: 'score',
      order: 'desc',
    });
    expect(nextSort({ key: 'score', order: 'desc' }, 'name')).toEqual({
      key: 'name',
      order: 'asc',
    });
  });
});
