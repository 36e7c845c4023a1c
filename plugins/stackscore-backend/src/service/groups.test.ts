import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  buildGroupHierarchy,
  loadGroupHierarchy,
  normalizeGroupRef,
  resolveTeam,
} from './groups';

function group(
  name: string,
  spec: { parent?: string; children?: string[] } = {},
  extra: { namespace?: string; title?: string; displayName?: string } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      namespace: extra.namespace,
      title: extra.title,
    },
    spec: {
      type: 'team',
      children: spec.children ?? [],
      ...(spec.parent ? { parent: spec.parent } : {}),
      ...(extra.displayName
        ? { profile: { displayName: extra.displayName } }
        : {}),
    },
  };
}

describe('groups', () => {
  it('builds the hierarchy from children and parent declarations alike', () => {
    const groups = buildGroupHierarchy([
      group('engineering', { children: ['group:default/commerce'] }),
      group('commerce', {}, { title: 'Commerce' }),
      // Declared only from the child's side.
      group('payments', { parent: 'commerce' }, { displayName: 'Payments' }),
      group('search', { parent: 'group:default/engineering' }),
      // A child in another namespace, referenced relative to the parent's namespace.
      group('billing', { parent: 'commerce' }, { namespace: 'finance' }),
      group('ledger', { parent: 'default/payments' }, { namespace: 'finance' }),
    ]);
    expect(groups.descendants('engineering')).toEqual([
      'group:default/engineering',
      'group:default/commerce',
      'group:default/search',
      'group:default/payments',
      'group:finance/ledger',
    ]);
    expect(groups.descendants('group:default/payments')).toEqual([
      'group:default/payments',
      'group:finance/ledger',
    ]);
    // `commerce` in namespace finance does not exist, so billing has no parent.
    expect(groups.teamOf('group:finance/billing')).toEqual({
      ref: 'group:finance/billing',
      title: undefined,
      parent: undefined,
      children: [],
    });
    expect(groups.teamOf('payments')).toEqual({
      ref: 'group:default/payments',
      title: 'Payments',
      parent: 'group:default/commerce',
      children: ['group:finance/ledger'],
    });
    expect(groups.teamOf('Commerce')?.title).toBe('Commerce');
    expect(groups.teamOf('group:default/unknown')).toBeUndefined();
    expect(groups.descendants('unknown')).toEqual([]);
  });

  it('visits each group of a cycle once', () => {
    const groups = buildGroupHierarchy([
      group('a', { children: ['b'] }),
      group('b', { children: ['c'] }),
      group('c', { children: ['a'], parent: 'c' }),
    ]);
    expect(groups.descendants('a')).toEqual([
      'group:default/a',
      'group:default/b',
      'group:default/c',
    ]);
    expect(groups.descendants('c')).toEqual([
      'group:default/c',
      'group:default/a',
      'group:default/b',
    ]);
  });

  it('normalises refs and rejects unparseable ones', () => {
    expect(normalizeGroupRef('team')).toBe('group:default/team');
    expect(normalizeGroupRef('user:ns/ada')).toBe('user:ns/ada');
    expect(normalizeGroupRef('x/')).toBeUndefined();
    expect(normalizeGroupRef('')).toBeUndefined();
  });

  it('loads groups from the catalog with the plugin’s own credentials', async () => {
    const catalog = catalogServiceMock({
      entities: [
        group('platform', { children: ['sre'] }),
        group('sre'),
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'sre' },
          spec: { owner: 'platform' },
        },
      ],
    });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const groups = await loadGroupHierarchy({
      catalog,
      auth: mockServices.auth(),
    });
    expect(groups.descendants('platform')).toEqual([
      'group:default/platform',
      'group:default/sre',
    ]);
    expect(getEntities).toHaveBeenCalledWith(
      expect.objectContaining({ filter: { kind: 'Group' } }),
      { credentials: expect.anything() },
    );
  });

  describe('resolveTeam', () => {
    const options = () => ({
      catalog: catalogServiceMock({
        entities: [
          group('platform', { children: ['sre'] }, { title: 'Platform' }),
          group('sre', { children: ['oncall'] }),
          group('oncall'),
        ],
      }),
      auth: mockServices.auth(),
    });

    it('reports the team with its subgroups and counts them as owners', async () => {
      await expect(
        resolveTeam(
          options(),
          { namespace: 'default', name: 'platform' },
          { includeSubgroups: true },
        ),
      ).resolves.toEqual({
        team: {
          ref: 'group:default/platform',
          title: 'Platform',
          subgroups: ['group:default/sre', 'group:default/oncall'],
        },
        owners: [
          'group:default/platform',
          'group:default/sre',
          'group:default/oncall',
        ],
      });
    });

    it('leaves subgroups out of both the report and the owners when not included', async () => {
      await expect(
        resolveTeam(
          options(),
          { namespace: 'default', name: 'sre' },
          { includeSubgroups: false },
        ),
      ).resolves.toEqual({
        team: { ref: 'group:default/sre', title: undefined, subgroups: [] },
        owners: ['group:default/sre'],
      });
    });

    it('rejects bad parameters before reading the catalog, and unknown groups', async () => {
      const withCatalog = options();
      const getEntities = jest.spyOn(withCatalog.catalog, 'getEntities');
      await expect(
        resolveTeam(
          withCatalog,
          { namespace: 'default', name: '' },
          { includeSubgroups: true },
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(/^Invalid team: name:/),
      });
      expect(getEntities).not.toHaveBeenCalled();

      await expect(
        resolveTeam(
          withCatalog,
          { namespace: 'default', name: 'ghost' },
          { includeSubgroups: true },
        ),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message: 'No group group:default/ghost in the catalog',
      });
    });
  });
});
