import type { AuthService } from '@backstage/backend-plugin-api';
import {
  type Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import { parseInput } from './validation';

/**
 * A group of the catalog with its place in the hierarchy.
 *
 * @internal
 */
export interface GroupNode {
  ref: string;
  title?: string;
  parent?: string;
  children: string[];
}

/**
 * The catalog's group hierarchy, built from both `spec.children` and `spec.parent`.
 *
 * @internal
 */
export interface GroupHierarchy {
  /** The group a ref names (`team`, `group:team`, `group:ns/team` all work), if it is in the catalog. */
  teamOf(ref: string): GroupNode | undefined;
  /** The group and every group below it, breadth first; cycles are visited once. */
  descendants(groupRef: string): string[];
}

/**
 * Normalises a group reference: default kind `group`, default namespace `default`.
 *
 * @internal
 */
export function normalizeGroupRef(ref: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

/**
 * Builds the hierarchy from group entities. A parent–child link counts when either side declares it.
 *
 * @internal
 */
export function buildGroupHierarchy(groups: readonly Entity[]): GroupHierarchy {
  const nodes = new Map<string, GroupNode>();
  for (const group of groups) {
    const ref = stringifyEntityRef(group);
    const profile = (group.spec?.profile ?? {}) as { displayName?: unknown };
    const title =
      group.metadata.title ??
      (typeof profile.displayName === 'string'
        ? profile.displayName
        : undefined);
    nodes.set(ref, { ref, title, children: [] });
  }
  const link = (parent: string | undefined, child: string | undefined) => {
    if (!parent || !child || parent === child) return;
    const parentNode = nodes.get(parent);
    const childNode = nodes.get(child);
    if (!parentNode || !childNode) return;
    if (!parentNode.children.includes(child)) parentNode.children.push(child);
    childNode.parent ??= parent;
  };
  for (const group of groups) {
    const ref = stringifyEntityRef(group);
    const namespace = group.metadata.namespace ?? 'default';
    const resolve = (value: string) => {
      try {
        return stringifyEntityRef(
          parseEntityRef(value, {
            defaultKind: 'group',
            defaultNamespace: namespace,
          }),
        );
      } catch {
        return undefined;
      }
    };
    for (const parent of stringsOf(group.spec?.parent)) {
      link(resolve(parent), ref);
    }
    for (const child of stringsOf(group.spec?.children)) {
      link(ref, resolve(child));
    }
  }
  for (const node of nodes.values()) node.children.sort();

  return {
    teamOf(ref) {
      const normalized = normalizeGroupRef(ref);
      return normalized ? nodes.get(normalized) : undefined;
    },
    descendants(groupRef) {
      const start = normalizeGroupRef(groupRef);
      if (!start || !nodes.has(start)) return [];
      const seen = new Set<string>([start]);
      const queue = [start];
      while (queue.length) {
        for (const child of nodes.get(queue.shift()!)!.children) {
          if (!seen.has(child)) {
            seen.add(child);
            queue.push(child);
          }
        }
      }
      return [...seen];
    },
  };
}

/**
 * Owner refs with every subgroup of each group among them added; users and groups the catalog does not know
 * stay as they are.
 *
 * @internal
 */
export function withSubgroups(
  owners: readonly string[],
  hierarchy: GroupHierarchy,
): string[] {
  return [
    ...new Set(
      owners.flatMap(owner =>
        owner.startsWith('group:') && hierarchy.teamOf(owner)
          ? [owner, ...hierarchy.descendants(owner)]
          : [owner],
      ),
    ),
  ];
}

/**
 * Reads every group from the catalog with the plugin's own credentials and builds the hierarchy; meant to
 * be called once per request.
 *
 * @internal
 */
export async function loadGroupHierarchy(options: {
  catalog: CatalogService;
  auth: AuthService;
}): Promise<GroupHierarchy> {
  const { items } = await options.catalog.getEntities(
    {
      filter: { kind: 'Group' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
        'spec.parent',
        'spec.children',
      ],
    },
    { credentials: await options.auth.getOwnServiceCredentials() },
  );
  return buildGroupHierarchy(items);
}

const teamParamsSchema = z.object({
  namespace: z.string().min(1).max(255),
  name: z.string().min(1).max(255),
});

/**
 * The query parameters every team route takes, to spread into its strict query schema: subgroups count
 * unless `includeSubgroups=false`, since a parent team usually answers for what its subgroups run.
 *
 * @internal
 */
export const teamQueryShape = {
  includeSubgroups: z
    .enum(['true', 'false'])
    .default('true')
    .transform(v => v === 'true'),
};

/**
 * A team as the team routes report it, and the owners whose entities count for it.
 *
 * @internal
 */
export interface ResolvedTeam {
  team: { ref: string; title?: string; subgroups: string[] };
  /** The team's ref, then its subgroups' when they are included. */
  owners: string[];
}

/**
 * Resolves the group named by `:namespace/:name` route parameters, so every team route validates, 404s and
 * widens to subgroups the same way. Throws `InputError` for bad parameters and `NotFoundError` when the
 * catalog has no such group; the catalog is only read once the parameters are valid.
 *
 * @internal
 */
export async function resolveTeam(
  options: { catalog: CatalogService; auth: AuthService },
  params: unknown,
  { includeSubgroups }: { includeSubgroups: boolean },
): Promise<ResolvedTeam> {
  const ref = stringifyEntityRef({
    kind: 'group',
    ...parseInput(teamParamsSchema, params, 'team'),
  });
  const groups = await loadGroupHierarchy(options);
  const team = groups.teamOf(ref);
  if (!team) throw new NotFoundError(`No group ${ref} in the catalog`);
  const subgroups = includeSubgroups
    ? groups.descendants(team.ref).filter(g => g !== team.ref)
    : [];
  return {
    team: { ref: team.ref, title: team.title, subgroups },
    owners: [team.ref, ...subgroups],
  };
}
