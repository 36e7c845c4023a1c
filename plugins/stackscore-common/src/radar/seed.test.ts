import { guidanceDocuments } from '../catalogue/documents';
import type { GuidanceDocumentId } from '../catalogue/types';
import { RADAR_SEED_VERSION, radarSeed } from './seed';
import {
  radarEntryCreateSchema,
  radarQuadrants,
  radarRings,
  type RadarReference,
} from './types';

/** Line counts of the guidance documents, so a citation cannot point past the end. */
const documentLines: Record<GuidanceDocumentId, number> = {
  'enterprise-stack-guide': 395,
  'go-event-driven-principles': 133,
  'backend-runtimes-by-constraints': 119,
  'backend-language-comparison': 342,
};

const byId = new Map(radarSeed.map(entry => [entry.id, entry]));

function allReferences(): Array<[string, RadarReference]> {
  return radarSeed.flatMap(entry => [
    ...entry.references.map(r => [entry.id, r] as [string, RadarReference]),
    ...(entry.conflict?.references ?? []).map(
      r => [entry.id, r] as [string, RadarReference],
    ),
  ]);
}

describe('radarSeed', () => {
  it('has a dated version', () => {
    expect(RADAR_SEED_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('has unique kebab-case ids', () => {
    const ids = radarSeed.map(entry => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });

  it('would be accepted as a new entry through the API', () => {
    for (const { conflict: _conflict, ...entry } of radarSeed) {
      const parsed = radarEntryCreateSchema.safeParse(entry);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('uses only known quadrants and rings, and fills every quadrant and ring', () => {
    const quadrants = new Set(radarQuadrants.map(q => q.id));
    const rings = new Set(radarRings.map(r => r.id));
    for (const entry of radarSeed) {
      expect(quadrants.has(entry.quadrant)).toBe(true);
      expect(rings.has(entry.ring)).toBe(true);
    }
    expect(new Set(radarSeed.map(e => e.quadrant))).toEqual(quadrants);
    expect(new Set(radarSeed.map(e => e.ring))).toEqual(rings);
  });

  it('describes every entry in one to three sentences and cites it', () => {
    for (const entry of radarSeed) {
      expect(entry.title.trim()).not.toBe('');
      expect(entry.description.length).toBeGreaterThan(20);
      const sentences = entry.description
        .replace(/\b(e\.g|i\.e)\./g, '$1')
        .split(/(?<=[.!?])\s+(?=[A-Z"`])/)
        .filter(Boolean);
      expect({ id: entry.id, atMostThree: sentences.length <= 3 }).toEqual({
        id: entry.id,
        atMostThree: true,
      });
      expect(entry.references.length).toBeGreaterThan(0);
    }
  });

  it('cites real documents, named sections and lines inside each document', () => {
    for (const [id, reference] of allReferences()) {
      expect({ id, known: reference.document in guidanceDocuments }).toEqual({
        id,
        known: true,
      });
      expect(reference.section.trim()).not.toBe('');
      expect(reference.lines).toMatch(/^L\d+(-\d+)?$/);
      const [from, to = from] = reference
        .lines!.slice(1)
        .split('-')
        .map(Number);
      expect(from).toBeGreaterThan(0);
      expect(to).toBeGreaterThanOrEqual(from);
      expect({
        id,
        to: Math.min(to, documentLines[reference.document]),
      }).toEqual({ id, to });
    }
  });

  it('keeps the stated rings of entries with a scope qualifier', () => {
    const ring = (id: string) => byId.get(id)?.ring;
    expect(ring('go')).toBe('adopt');
    expect(ring('python')).toBe('adopt');
    expect(ring('java')).toBe('adopt');
    expect(ring('rust')).toBe('trial');
    expect(ring('nodejs')).toBe('trial');
    expect(ring('dotnet-aspnet-core')).toBe('assess');
    expect(ring('moment')).toBe('hold');
    expect(byId.get('nodejs')?.description).toMatch(/CPU-bound/);
    expect(byId.get('python')?.description).toMatch(/high-throughput/);
  });

  it('lists every hold explicitly, so a new hold is a deliberate change', () => {
    expect(
      radarSeed
        .filter(e => e.ring === 'hold')
        .map(e => e.id)
        .sort(),
    ).toEqual([
      'bare-pip-install',
      'c-cpp-for-new-systems-code',
      'compromised-npm-releases',
      'go-heavy-orms',
      'installing-without-lockfile-in-production',
      'java-native-serialization-untrusted',
      'language-framework-sprawl',
      'manual-jwt-validation',
      'moment',
      'pickle-eval-untrusted-input',
      'rails-php-for-high-concurrency',
      'server-state-in-global-store',
      'string-built-sql',
      'synchronized-blocking-virtual-threads',
      'tokens-in-localstorage',
      'unpatched-log4j',
      'wildcard-cors',
    ]);
  });

  it('records the conflicts between documents against existing entries', () => {
    for (const entry of radarSeed) {
      if (!entry.conflict) continue;
      expect(entry.conflict.summary.length).toBeGreaterThan(20);
      expect(entry.conflict.references.length).toBeGreaterThanOrEqual(2);
      const documents = new Set(entry.conflict.references.map(r => r.document));
      expect(documents.size).toBeGreaterThanOrEqual(2);
      for (const related of entry.conflict.relatedEntryIds) {
        expect({ from: entry.id, related, exists: byId.has(related) }).toEqual({
          from: entry.id,
          related,
          exists: true,
        });
        expect(related).not.toBe(entry.id);
      }
    }
    const conflicted = radarSeed.filter(e => e.conflict).map(e => e.id);
    expect(conflicted).toEqual(
      expect.arrayContaining([
        'modular-monolith-first',
        'microservices',
        'cloudwatch-xray',
        'opentelemetry-first',
        'event-driven-architecture',
        'uri-versioning',
      ]),
    );
    expect(
      byId.get('modular-monolith-first')?.conflict?.relatedEntryIds,
    ).toEqual(['microservices']);
    expect(byId.get('microservices')?.conflict?.relatedEntryIds).toEqual([
      'modular-monolith-first',
    ]);
    expect(byId.get('cloudwatch-xray')?.conflict?.relatedEntryIds).toContain(
      'opentelemetry-first',
    );
  });
});
