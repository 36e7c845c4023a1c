import { z } from 'zod';
import {
  decisionContentSchema,
  decisionCreateSchema,
  decisionImportSchema,
  decisionListQuerySchema,
  decisionStatuses,
  decisionSupersedeSchema,
  decisionUpdateSchema,
  normaliseDecisionMarkdown,
  type DecisionContent,
} from './types';

// The schemas and the hand-written interfaces must describe the same shape.
const parsedIsContent: DecisionContent = {} as z.output<
  typeof decisionContentSchema
>;
const contentIsParsed: z.output<typeof decisionContentSchema> =
  {} as DecisionContent;
const createdIsContent: DecisionContent = {} as z.output<
  typeof decisionCreateSchema
>;

const content: DecisionContent = {
  title: 'Use Kafka for business events',
  status: 'accepted',
  context: 'Orders and payments exchange events.',
  drivers: ['Durability'],
  options: [
    { title: 'Kafka', pros: ['durable'], cons: ['heavy'] },
    { title: 'NATS', description: 'JetStream.', pros: [], cons: [] },
  ],
  outcome: 'it is the backbone.',
  chosenOption: 'Kafka',
  consequences: 'We run MSK.',
  date: '2024-05-06',
  deciders: ['user:default/jane.doe', 'John Roe'],
  scope: {
    team: 'group:default/payments',
    entities: ['component:default/orders'],
  },
  links: {
    radarEntries: ['kafka-msk'],
    checks: ['observability.consumer-lag-monitored'],
  },
  tags: ['event-driven'],
  templateId: 'message-broker',
};

function issues(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map(issue => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
}

describe('decisionStatuses', () => {
  it('lists the lifecycle in order', () => {
    expect(decisionStatuses).toEqual([
      'proposed',
      'accepted',
      'rejected',
      'deprecated',
      'superseded',
    ]);
    expect([parsedIsContent, contentIsParsed, createdIsContent]).toHaveLength(
      3,
    );
  });
});

describe('decisionContentSchema', () => {
  it('accepts a complete record unchanged', () => {
    expect(decisionContentSchema.parse(content)).toStrictEqual(content);
  });

  it('lower-cases entity refs and trims text', () => {
    const parsed = decisionContentSchema.parse({
      ...content,
      title: '  Use Kafka  ',
      context: '\r\n\r\nLine one\r\nLine two  \r\n\r\n',
      scope: {
        team: 'Group:Default/Payments',
        entities: ['Component:default/Orders-API'],
      },
    });
    expect(parsed.title).toBe('Use Kafka');
    expect(parsed.context).toBe('Line one\nLine two');
    expect(parsed.scope).toEqual({
      team: 'group:default/payments',
      entities: ['component:default/orders-api'],
    });
  });

  it('explains a malformed entity ref', () => {
    for (const ref of [
      'orders',
      'component:orders',
      'default/orders',
      'component:default/',
      'component:default/or ders',
    ]) {
      expect(
        issues(decisionContentSchema, {
          ...content,
          scope: { entities: [ref] },
        }),
      ).toEqual([
        {
          path: 'scope.entities.0',
          message:
            'must be an entity reference "kind:namespace/name", e.g. "component:default/orders-api"',
        },
      ]);
    }
    expect(
      issues(decisionContentSchema, {
        ...content,
        scope: { team: 'user:default/jane', entities: [] },
      }),
    ).toEqual([
      {
        path: 'scope.team',
        message: 'must be a group reference "group:namespace/name"',
      },
    ]);
  });

  it('rejects unknown fields at every level', () => {
    expect(issues(decisionContentSchema, { ...content, owner: 'me' })).toEqual([
      { path: '', message: 'Unrecognized key: "owner"' },
    ]);
    expect(
      issues(decisionContentSchema, {
        ...content,
        options: [{ ...content.options[0], score: 3 }],
      }),
    ).toEqual([{ path: 'options.0', message: 'Unrecognized key: "score"' }]);
    expect(
      issues(decisionContentSchema, {
        ...content,
        links: { ...content.links, tickets: [] },
      }),
    ).toEqual([{ path: 'links', message: 'Unrecognized key: "tickets"' }]);
  });

  it('enforces lengths, sizes and formats', () => {
    const rejected: Array<
      [string, Partial<Record<keyof DecisionContent, unknown>>]
    > = [
      ['title', { title: '' }],
      ['title', { title: 'x'.repeat(201) }],
      ['title', { title: 'two\nlines' }],
      ['context', { context: 'x'.repeat(20_001) }],
      ['drivers', { drivers: Array.from({ length: 51 }, (_, i) => `d${i}`) }],
      ['date', { date: '2024-02-30' }],
      ['date', { date: '06/05/2024' }],
      ['status', { status: 'approved' }],
      [
        'links.radarEntries.0',
        { links: { radarEntries: ['Kafka MSK'], checks: [] } },
      ],
      ['links.checks.0', { links: { radarEntries: [], checks: ['sast'] } }],
      ['tags.0', { tags: ['Event Driven'] }],
      ['options.0.pros.0', { options: [{ title: 'A', pros: [''], cons: [] }] }],
    ];
    for (const [path, change] of rejected) {
      expect(
        issues(decisionContentSchema, { ...content, ...change }).map(
          i => i.path,
        ),
      ).toContain(path);
    }
    expect(
      decisionContentSchema.safeParse({
        ...content,
        context: 'x'.repeat(20_000),
      }).success,
    ).toBe(true);
  });

  it('requires unique option titles and a chosen option among them', () => {
    expect(
      issues(decisionContentSchema, {
        ...content,
        options: [...content.options, { title: 'kafka', pros: [], cons: [] }],
      }),
    ).toEqual([
      {
        path: 'options.2.title',
        message: 'option titles must be unique; "kafka" appears twice',
      },
    ]);
    expect(
      issues(decisionContentSchema, { ...content, chosenOption: 'Pulsar' }),
    ).toEqual([
      {
        path: 'chosenOption',
        message: 'chosenOption must be the title of one of the options',
      },
    ]);
  });
});

describe('decisionCreateSchema', () => {
  it('needs only a title and a date, and starts as proposed', () => {
    expect(
      decisionCreateSchema.parse({
        title: 'Pick a broker',
        date: '2024-01-02',
      }),
    ).toStrictEqual({
      title: 'Pick a broker',
      status: 'proposed',
      context: '',
      drivers: [],
      options: [],
      outcome: '',
      consequences: '',
      date: '2024-01-02',
      deciders: [],
      scope: { entities: [] },
      links: { radarEntries: [], checks: [] },
      tags: [],
    });
    expect(decisionCreateSchema.parse(content)).toStrictEqual(content);
  });

  it('applies the same rules as complete content', () => {
    expect(
      issues(decisionCreateSchema, { title: 'T', date: '2024-01-02', x: 1 }),
    ).toEqual([{ path: '', message: 'Unrecognized key: "x"' }]);
    expect(
      issues(decisionCreateSchema, {
        title: 'T',
        date: '2024-01-02',
        chosenOption: 'A',
      }).map(i => i.path),
    ).toEqual(['chosenOption']);
    expect(
      issues(decisionCreateSchema, { date: '2024-01-02' }).map(i => i.path),
    ).toEqual(['title']);
  });
});

describe('decisionUpdateSchema', () => {
  it('accepts a partial change based on a version', () => {
    expect(
      decisionUpdateSchema.parse({ version: 3, status: 'deprecated' }),
    ).toEqual({ version: 3, status: 'deprecated' });
    expect(
      decisionUpdateSchema.parse({
        version: 1,
        chosenOption: null,
        templateId: null,
      }),
    ).toEqual({ version: 1, chosenOption: null, templateId: null });
  });

  it('refuses a change without a valid version, or with unknown fields', () => {
    expect(issues(decisionUpdateSchema, { title: 'New' })).toEqual([
      {
        path: 'version',
        message:
          'version is required: the version of the decision the change is based on',
      },
    ]);
    for (const version of [0, -1, 1.5, '2']) {
      expect(issues(decisionUpdateSchema, { version, title: 'New' })).toEqual([
        {
          path: 'version',
          message: 'version must be a whole number of at least 1',
        },
      ]);
    }
    expect(issues(decisionUpdateSchema, { version: 2, id: 'x' })).toEqual([
      { path: '', message: 'Unrecognized key: "id"' },
    ]);
    expect(
      issues(decisionUpdateSchema, {
        version: 2,
        scope: { entities: ['nope'] },
      }).map(i => i.path),
    ).toEqual(['scope.entities.0']);
  });
});

describe('decisionSupersedeSchema', () => {
  it('takes the replacement record and the version of the old one', () => {
    const parsed = decisionSupersedeSchema.parse({
      decision: { title: 'Use NATS instead', date: '2025-01-01' },
      version: 4,
    });
    expect(parsed.version).toBe(4);
    expect(parsed.decision.status).toBe('proposed');
    expect(
      issues(decisionSupersedeSchema, {
        decision: { title: 'Use NATS instead', date: '2025-01-01' },
      }).map(i => i.path),
    ).toEqual(['version']);
    expect(
      issues(decisionSupersedeSchema, {
        decision: { title: '', date: '2025-01-01' },
        version: 1,
      }).map(i => i.path),
    ).toEqual(['decision.title']);
  });
});

describe('decisionImportSchema', () => {
  it('bounds the document and validates the scope', () => {
    expect(decisionImportSchema.parse({ markdown: '# T' })).toEqual({
      markdown: '# T',
    });
    expect(
      decisionImportSchema.safeParse({ markdown: 'x'.repeat(100_001) }).success,
    ).toBe(false);
    expect(decisionImportSchema.safeParse({ markdown: '' }).success).toBe(
      false,
    );
    expect(
      issues(decisionImportSchema, {
        markdown: '# T',
        scope: { team: 'payments', entities: [] },
      }).map(i => i.path),
    ).toEqual(['scope.team']);
  });
});

describe('decisionListQuerySchema', () => {
  it('parses query-string values', () => {
    expect(decisionListQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(
      decisionListQuerySchema.parse({
        team: 'group:default/Payments',
        entity: 'component:default/orders',
        status: 'accepted',
        tag: 'event-driven',
        q: ' kafka ',
        limit: '20',
        cursor: 'abc',
      }),
    ).toEqual({
      team: 'group:default/payments',
      entity: 'component:default/orders',
      status: 'accepted',
      tag: 'event-driven',
      q: 'kafka',
      limit: 20,
      cursor: 'abc',
    });
  });

  it('rejects out-of-range limits, unknown statuses and unknown parameters', () => {
    for (const limit of ['0', '101', 'abc', '1.5', '']) {
      expect(
        issues(decisionListQuerySchema, { limit }).map(i => i.path),
      ).toEqual(['limit']);
    }
    expect(
      issues(decisionListQuerySchema, { status: 'done' }).map(i => i.path),
    ).toEqual(['status']);
    expect(issues(decisionListQuerySchema, { sort: 'date' })).toEqual([
      { path: '', message: 'Unrecognized key: "sort"' },
    ]);
  });
});

describe('normaliseDecisionMarkdown', () => {
  it('drops surrounding blank lines but keeps leading indentation', () => {
    expect(normaliseDecisionMarkdown('\n \n    code\r\nmore \n\n')).toBe(
      '    code\nmore',
    );
  });
});
