import { guidanceDocuments } from '../catalogue/documents';
import type { GuidanceDocumentId } from '../catalogue/types';
import { radarSeed } from '../radar/seed';
import { radarReferenceSchema } from '../radar/types';
import {
  decisionTemplates,
  formatDecisionReference,
  getDecisionTemplate,
  templateDecision,
} from './templates';
import { decisionContentSchema } from './types';

/** Line counts of the guidance documents, so a citation cannot point past the end. */
const documentLines: Record<GuidanceDocumentId, number> = {
  'enterprise-stack-guide': 395,
  'go-event-driven-principles': 133,
  'backend-runtimes-by-constraints': 119,
  'backend-language-comparison': 342,
};

describe('decisionTemplates', () => {
  it('covers the twenty ADR topics with unique kebab-case ids', () => {
    const ids = decisionTemplates.map(t => t.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every template a summary, drivers and at least two distinct options', () => {
    for (const template of decisionTemplates) {
      expect(template.summary.length).toBeGreaterThan(20);
      expect(template.drivers.length).toBeGreaterThan(0);
      expect(template.options.length).toBeGreaterThanOrEqual(2);
      const titles = template.options.map(o => o.title.toLowerCase());
      expect(new Set(titles).size).toBe(titles.length);
      for (const o of template.options) {
        expect({
          id: template.id,
          o,
          argued: o.pros.length + o.cons.length > 0,
        }).toEqual({ id: template.id, o, argued: true });
      }
    }
  });

  it('cites real documents, with a section and lines inside each document', () => {
    for (const template of decisionTemplates) {
      expect(template.references.length).toBeGreaterThan(0);
      for (const reference of template.references) {
        expect(radarReferenceSchema.parse(reference)).toEqual(reference);
        expect(guidanceDocuments[reference.document]).toBeDefined();
        const [from, to = from] = reference
          .lines!.slice(1)
          .split('-')
          .map(Number);
        expect(to).toBeGreaterThanOrEqual(from);
        expect({
          id: template.id,
          to: Math.min(to, documentLines[reference.document]),
        }).toEqual({ id: template.id, to });
      }
    }
  });

  it('links only radar entries that exist in the seed', () => {
    const seeded = new Set(radarSeed.map(entry => entry.id));
    for (const template of decisionTemplates) {
      for (const id of template.radarEntryIds ?? []) {
        expect({ template: template.id, id, seeded: seeded.has(id) }).toEqual({
          template: template.id,
          id,
          seeded: true,
        });
      }
    }
  });
});

describe('templateDecision', () => {
  it('prefills a valid proposed decision from every template', () => {
    for (const template of decisionTemplates) {
      const decision = templateDecision(template.id, { date: '2025-03-04' });
      expect(decisionContentSchema.parse(decision)).toStrictEqual(decision);
      expect(decision).toMatchObject({
        title: template.title,
        status: 'proposed',
        drivers: template.drivers,
        options: template.options,
        date: '2025-03-04',
        templateId: template.id,
        links: { radarEntries: template.radarEntryIds ?? [], checks: [] },
      });
      expect(decision.context.startsWith(template.summary)).toBe(true);
      for (const reference of template.references) {
        expect(decision.context).toContain(
          `* ${guidanceDocuments[reference.document].title} — ${
            reference.section
          }`,
        );
      }
    }
  });

  it('copies the template instead of sharing its arrays', () => {
    const decision = templateDecision('message-broker', { date: '2025-03-04' });
    decision.drivers.push('changed');
    decision.options[0].pros.push('changed');
    expect(getDecisionTemplate('message-broker')!.drivers).not.toContain(
      'changed',
    );
    expect(
      getDecisionTemplate('message-broker')!.options[0].pros,
    ).not.toContain('changed');
  });

  it('dates the decision today by default and refuses unknown templates', () => {
    expect(templateDecision('edge-runtime').date).toBe(
      new Date().toISOString().slice(0, 10),
    );
    expect(() => templateDecision('nope')).toThrow(
      'Unknown decision template "nope"',
    );
  });

  it('formats citations with the document title, section and lines', () => {
    expect(
      formatDecisionReference({
        document: 'go-event-driven-principles',
        section: 'Cloud Provider',
        lines: 'L42-45',
      }),
    ).toBe(
      'Enterprise Go & Event-Driven Principles — Cloud Provider (lines 42–45)',
    );
    expect(
      formatDecisionReference({
        document: 'backend-runtimes-by-constraints',
        section: 'OpenTelemetry',
      }),
    ).toBe('Choosing Backend Runtimes by Constraints — OpenTelemetry');
    expect(
      formatDecisionReference({
        document: 'enterprise-stack-guide',
        section: 'Service communication patterns',
        lines: 'L301',
      }),
    ).toBe(
      'TechStack Comparisons — Enterprise Stack Guide — Service communication patterns (line 301)',
    );
  });
});
