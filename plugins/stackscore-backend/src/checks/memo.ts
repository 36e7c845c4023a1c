import type { EntityFacts } from '@stackscore/plugin-stackscore-common';

/**
 * Caches a pure derivation of facts (parsed CI commands, Spring settings, …) for as long as the facts object
 * lives, so the checks that share it derive it once per entity instead of once per check. Callers must
 * treat the result as read-only.
 *
 * @internal
 */
export function perFacts<T>(
  derive: (facts: EntityFacts) => T,
): (facts: EntityFacts) => T {
  const cache = new WeakMap<EntityFacts, T>();
  return facts => {
    if (cache.has(facts)) return cache.get(facts)!;
    const value = derive(facts);
    cache.set(facts, value);
    return value;
  };
}

/**
 * Like {@link perFacts}, for derivations with one more argument (a module, an options object, a tool spec),
 * keyed by identity for objects and by value for primitives.
 *
 * @internal
 */
export function perFactsAnd<K, T>(
  derive: (facts: EntityFacts, key: K) => T,
): (facts: EntityFacts, key: K) => T {
  const cache = new WeakMap<EntityFacts, Map<K, T>>();
  return (facts, key) => {
    let byKey = cache.get(facts);
    if (!byKey) {
      byKey = new Map();
      cache.set(facts, byKey);
    }
    if (byKey.has(key)) return byKey.get(key)!;
    const value = derive(facts, key);
    byKey.set(key, value);
    return value;
  };
}
