/*
 * Seeded randomness for the synthetic organisation. Every choice the generator makes goes through these
 * helpers, so one seed always yields the same organisation byte for byte (file mtimes aside).
 */
import { createHash } from 'crypto';

/** A source of uniformly distributed numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: tiny, fast and good enough for picking names and shuffling; not for anything secret.
 * Each service gets its own stream (see {@link streamFor}) so the output does not depend on the order in
 * which services are generated or written.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random stream derived from the organisation seed and a label (e.g. `service:42`). */
export function streamFor(seed: number, label: string): Random {
  const digest = createHash('sha1').update(`${seed}\0${label}`).digest();
  return createRandom(digest.readUInt32BE(0));
}

/** An integer in [min, max], both inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** `count` distinct elements in random order (fewer when the list is shorter). */
export function sample<T>(
  random: Random,
  items: readonly T[],
  count: number,
): T[] {
  return shuffled(random, items).slice(0, count);
}

/**
 * Well-formed but invented digests for lockfile entries, derived from the package coordinates so the same
 * package always gets the same "hash" (the examples use invented hashes the same way).
 */
export function fakeDigest(
  text: string,
  algorithm: 'sha256' | 'sha512',
  encoding: 'hex' | 'base64',
): string {
  return createHash(algorithm).update(`synthetic\0${text}`).digest(encoding);
}
