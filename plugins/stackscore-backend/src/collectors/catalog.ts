import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogFacts } from '@stackscore/plugin-stackscore-common';

function refOrUndefined(
  value: unknown,
  defaultKind: string,
  namespace: string,
): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: namespace }),
    );
  } catch {
    return undefined;
  }
}

function refs(value: unknown, defaultKind: string, namespace: string) {
  return Array.isArray(value)
    ? value
        .map(v => refOrUndefined(v, defaultKind, namespace))
        .filter((v): v is string => Boolean(v))
    : [];
}

/**
 * Catalog metadata facts of an entity. Refs are normalised to full `kind:namespace/name` form.
 *
 * @internal
 */
export function collectCatalogFacts(entity: Entity): CatalogFacts {
  const namespace = entity.metadata.namespace ?? 'default';
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    kind: entity.kind,
    namespace,
    name: entity.metadata.name,
    type: str(spec.type),
    lifecycle: str(spec.lifecycle),
    owner: refOrUndefined(spec.owner, 'group', namespace),
    system: refOrUndefined(spec.system, 'system', namespace),
    tags: (entity.metadata.tags ?? []).filter(t => typeof t === 'string'),
    annotations: Object.fromEntries(
      Object.entries(entity.metadata.annotations ?? {}).filter(
        ([, v]) => typeof v === 'string',
      ),
    ),
    links: (entity.metadata.links ?? [])
      .filter(l => typeof l?.url === 'string')
      .map(l => ({ url: l.url, title: l.title })),
    providesApis: refs(spec.providesApis, 'api', namespace),
    dependsOn: refs(spec.dependsOn, 'component', namespace),
  };
}
