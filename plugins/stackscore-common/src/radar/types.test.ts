import { radarEntryCreateSchema, radarEntryUpdateSchema } from './types';

describe('radarEntryCreateSchema', () => {
  const entry = {
    id: 'htmx',
    title: 'htmx',
    quadrant: 'languages-frameworks',
    ring: 'assess',
    description: 'Hypermedia in HTML attributes.',
    references: [
      {
        document: 'enterprise-stack-guide',
        section: 'Rendering Strategies',
        lines: 'L139-141',
      },
    ],
  };

  it('accepts a well-formed entry', () => {
    expect(radarEntryCreateSchema.parse(entry)).toEqual(entry);
  });

  it('rejects bad ids, unknown documents, malformed lines and unknown fields', () => {
    for (const id of ['HTMX', '-htmx', 'htmx_2', '', 'a'.repeat(65)]) {
      expect(radarEntryCreateSchema.safeParse({ ...entry, id }).success).toBe(
        false,
      );
    }
    expect(
      radarEntryCreateSchema.safeParse({
        ...entry,
        references: [{ document: 'blog', section: 'x' }],
      }).success,
    ).toBe(false);
    expect(
      radarEntryCreateSchema.safeParse({
        ...entry,
        references: [{ ...entry.references[0], lines: '139' }],
      }).success,
    ).toBe(false);
    expect(
      radarEntryCreateSchema.safeParse({ ...entry, owner: 'me' }).success,
    ).toBe(false);
    expect(
      radarEntryCreateSchema.safeParse({ ...entry, ring: 'retire' }).success,
    ).toBe(false);
  });
});

describe('radarEntryUpdateSchema', () => {
  it('requires a reason for a ring move', () => {
    const result = radarEntryUpdateSchema.safeParse({ ring: 'hold' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        message: 'a ring move needs a reason',
        path: ['reason'],
      }),
    ]);
    expect(
      radarEntryUpdateSchema.safeParse({ ring: 'hold', reason: '   ' }).success,
    ).toBe(false);
    expect(
      radarEntryUpdateSchema.parse({
        ring: 'hold',
        reason: 'Unmaintained since 2023.',
        decisionId: 'adr-12',
      }),
    ).toEqual({
      ring: 'hold',
      reason: 'Unmaintained since 2023.',
      decisionId: 'adr-12',
    });
  });

  it('lets other fields change without a reason and rejects unknown fields', () => {
    expect(radarEntryUpdateSchema.parse({ title: 'HTMX' })).toEqual({
      title: 'HTMX',
    });
    expect(radarEntryUpdateSchema.safeParse({ id: 'other' }).success).toBe(
      false,
    );
    expect(
      radarEntryUpdateSchema.safeParse({
        ring: 'hold',
        reason: 'x'.repeat(1001),
      }).success,
    ).toBe(false);
  });
});
