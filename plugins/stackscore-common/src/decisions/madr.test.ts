import { fromMadr, toMadr } from './madr';
import { decisionTemplates, templateDecision } from './templates';
import { decisionContentSchema, type DecisionContent } from './types';

const base: DecisionContent = {
  title: 'Use Kafka for business events',
  status: 'accepted',
  context: 'Orders and payments need to exchange events.',
  drivers: ['Durability', 'Operational effort'],
  options: [
    {
      title: 'Kafka',
      description: 'Managed through MSK.',
      pros: ['durable streams at scale'],
      cons: ['heaviest to operate'],
    },
    { title: 'NATS JetStream', pros: ['simpler to run'], cons: [] },
    { title: 'RabbitMQ', pros: [], cons: [] },
  ],
  outcome: 'it is the backbone the playbook names.',
  chosenOption: 'Kafka',
  consequences: 'We run MSK.',
  date: '2024-05-06',
  deciders: ['user:default/jane.doe', 'Smith, John'],
  scope: {
    team: 'group:default/payments',
    entities: ['component:default/orders', 'component:default/payments-api'],
  },
  links: {
    radarEntries: ['kafka-msk', 'schema-registry'],
    checks: ['observability.consumer-lag-monitored'],
  },
  tags: ['event-driven', 'messaging'],
  templateId: 'message-broker',
};

const { chosenOption: _chosen, ...undecided } = base;

function roundTrip(decision: DecisionContent) {
  return fromMadr(toMadr(decision), { defaultDate: '1999-01-01' });
}

const handCases: Array<[string, DecisionContent]> = [
  ['a complete record', base],
  [
    'empty options, lists and optional fields',
    {
      title: 'Minimal',
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
    },
  ],
  [
    'code fences that contain headings and arguments',
    {
      ...base,
      context: [
        'Before:',
        '',
        '```markdown',
        '# Not a title',
        '## Decision Outcome',
        '* Good, because fenced',
        '```',
        '',
        '~~~yaml',
        '## still code',
        '~~~',
      ].join('\n'),
      options: [
        {
          title: 'Kafka',
          description: [
            'Example:',
            '',
            '````',
            '### Not an option',
            '* Bad, because fenced',
            '```',
            '````',
          ].join('\n'),
          pros: ['a'],
          cons: ['b'],
        },
      ],
    },
  ],
  [
    'lists, nested lists and an outcome that starts with a list',
    {
      ...base,
      context: '1. first\n2. second\n   * nested\n\n- dash item\n+ plus item',
      drivers: ['* looks like a bullet', '1. numbered driver'],
      outcome: '* reason one\n* reason two',
      consequences: '- one\n- two\n\n> quoted',
    },
  ],
  [
    'unicode and HTML-looking text (kept as text)',
    {
      ...base,
      title: 'Zürich — 東京 <script>alert("x")</script> 🚀',
      context: '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>',
      options: [
        {
          title: 'Ωmega "quoted" <b>',
          description: '<iframe src="javascript:alert(1)"></iframe>',
          pros: ['naïve café ✓'],
          cons: ['<script>bad()</script>'],
        },
        { title: 'Ωmega', pros: [], cons: [] },
      ],
      chosenOption: 'Ωmega "quoted" <b>',
      outcome: '<script>alert(2)</script> and more',
      deciders: ['Zoë Ünal', 'yes', '123', '- dash', 'key: value'],
    },
  ],
  [
    "the author's own headings in the context",
    {
      ...base,
      context: '## Background\n\nSome history.\n\n# Aside\nMore.\n\n### Detail',
    },
  ],
  [
    'headings inside the outcome and the consequences',
    {
      ...base,
      outcome: 'because of latency.\n\n### Confirmation\n\nLoad test.',
      consequences: 'Good.\n\n### Follow-up\n\nMigrate consumers.',
    },
  ],
  [
    'a chosen option with no reason, and an option whose title prefixes another',
    {
      ...base,
      options: [
        { title: 'Kafka', pros: [], cons: [] },
        { title: 'Kafka Streams', pros: ['x'], cons: [] },
      ],
      chosenOption: 'Kafka',
      outcome: '',
    },
  ],
  [
    'an outcome that starts with indented code',
    {
      ...base,
      outcome: '    indented code\n\nthen text',
    },
  ],
  [
    'no chosen option',
    {
      ...undecided,
      outcome: 'We postponed the choice.',
    },
  ],
  [
    'consequences without an outcome',
    { ...undecided, outcome: '', consequences: 'None.' },
  ],
  [
    'an option with only a description',
    {
      ...base,
      options: [
        { title: 'Kafka', description: 'Only text.', pros: [], cons: [] },
      ],
    },
  ],
  [
    'superseded, with every status-like word in the text',
    {
      ...base,
      status: 'superseded',
      context: 'Status: accepted\nDate: 2020-01-01',
    },
  ],
];

describe('toMadr', () => {
  it('writes MADR front matter, sections and arguments', () => {
    const markdown = toMadr({ ...base, number: 7, supersedes: 'adr-3' });
    expect(markdown).toMatch(
      /^---\nstatus: accepted\ndate: 2024-05-06\ndeciders:\n {2}- user:default\/jane\.doe\n {2}- Smith, John\ntags:\n/,
    );
    expect(markdown).toContain('\n# Use Kafka for business events\n');
    for (const heading of [
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '### Consequences',
      '## Pros and Cons of the Options',
      '### Kafka',
      '### NATS JetStream',
      '## More Information',
    ]) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
    expect(markdown).not.toContain('### RabbitMQ');
    expect(markdown).toContain(
      'Chosen option: "Kafka", because it is the backbone the playbook names.',
    );
    expect(markdown).toContain('* Good, because durable streams at scale');
    expect(markdown).toContain('* Bad, because heaviest to operate');
    expect(markdown).toContain('* Team: group:default/payments');
    expect(markdown).toContain('* Radar entries: kafka-msk, schema-registry');
    expect(markdown).toContain('* Number: 7');
    expect(markdown).toContain('* Supersedes: adr-3');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('leaves out empty sections', () => {
    const markdown = toMadr(handCases[1][1]);
    expect(markdown).toBe(
      '---\nstatus: proposed\ndate: 2024-01-02\n---\n\n# Minimal\n',
    );
  });
});

describe('fromMadr(toMadr(x))', () => {
  it.each(decisionTemplates.map(t => t.id))(
    'restores the %s template, empty and filled in',
    id => {
      const decision = templateDecision(id, { date: '2025-02-03' });
      expect(roundTrip(decision)).toStrictEqual({ decision, warnings: [] });

      const filled: DecisionContent = {
        ...decision,
        status: 'accepted',
        chosenOption: decision.options[1].title,
        outcome: 'it fits the drivers best.',
        consequences: '* Good, because simpler\n* Bad, because slower',
        deciders: ['user:default/ada'],
        scope: {
          team: 'group:default/core',
          entities: ['system:default/shop'],
        },
        links: { ...decision.links, checks: ['security.sast-in-ci'] },
        tags: ['architecture'],
      };
      expect(roundTrip(filled)).toStrictEqual({
        decision: filled,
        warnings: [],
      });
    },
  );

  it.each(handCases)('restores %s', (_name, decision) => {
    // The hand cases are stored content: the schema leaves them as they are.
    expect(decisionContentSchema.parse(decision)).toStrictEqual(decision);
    expect(roundTrip(decision)).toStrictEqual({
      decision,
      warnings: [],
    });
  });
});

describe('fromMadr', () => {
  it('reads a MADR 2 bullet header and its consequence lists', () => {
    const markdown = [
      '# Use PostgreSQL for orders',
      '',
      '* Status: Accepted <!-- optional -->',
      '* Deciders: Jane Doe, [John Roe](mailto:john@example.com)',
      '* Date: 2021-03-04',
      '',
      'Technical Story: ORD-12',
      '',
      '## Context and Problem Statement',
      '',
      'Orders are relational.',
      '',
      '## Decision Drivers <!-- optional -->',
      '',
      '* transactions',
      '* reporting',
      '',
      '## Considered Options',
      '',
      '* [PostgreSQL](#postgresql)',
      '* DynamoDB',
      '',
      '## Decision Outcome',
      '',
      'Chosen option: "PostgreSQL", because it handles transactions.',
      '',
      '### Positive Consequences <!-- optional -->',
      '',
      '* joins',
      '',
      '### Negative Consequences <!-- optional -->',
      '',
      '* scaling effort',
      '',
      '## Pros and Cons of the Options <!-- optional -->',
      '',
      '### PostgreSQL',
      '',
      'RDS.',
      '',
      '* Good, because relational',
      '* Neutral, because familiar',
      '* Bad, because needs tuning',
      '  under load',
      '',
      '### DynamoDB',
      '',
      '* Good, because managed',
      '',
      '## Links <!-- optional -->',
      '',
      '* Refined by [ADR-0005](0005-example.md)',
    ].join('\n');
    const { decision, warnings } = fromMadr(markdown);
    expect(decision).toStrictEqual({
      title: 'Use PostgreSQL for orders',
      status: 'accepted',
      context:
        'Technical Story: ORD-12\n\nOrders are relational.\n\n## Links <!-- optional -->\n\n* Refined by [ADR-0005](0005-example.md)',
      drivers: ['transactions', 'reporting'],
      options: [
        {
          title: 'PostgreSQL',
          description: 'RDS.\n\n* Neutral, because familiar',
          pros: ['relational'],
          cons: ['needs tuning under load'],
        },
        { title: 'DynamoDB', pros: ['managed'], cons: [] },
      ],
      outcome: 'it handles transactions.',
      chosenOption: 'PostgreSQL',
      consequences:
        '### Positive Consequences <!-- optional -->\n\n* joins\n\n### Negative Consequences <!-- optional -->\n\n* scaling effort',
      date: '2021-03-04',
      deciders: ['Jane Doe', 'John Roe'],
      scope: { entities: [] },
      links: { radarEntries: [], checks: [] },
      tags: [],
    });
    expect(warnings).toEqual([
      '"Links" has no field of its own; it was appended to the context.',
    ]);
  });

  it('reads MADR 4 front matter and reports what it cannot map', () => {
    const markdown = [
      '---',
      'status: "superseded by ADR-0123"',
      'date: 2024-07-08',
      'decision-makers: [Ada, Grace]',
      'consulted: Linus',
      '---',
      '# Pick a broker',
      '## Context and Problem Statement',
      'We need events.',
      '## Decision Outcome',
      'Chosen option: **Kafka**, because scale',
      '### Consequences',
      '* Good, because durable',
      '### Confirmation',
      'Review in a year.',
      '## Validation',
      'Benchmarks.',
    ].join('\n');
    const { decision, warnings } = fromMadr(markdown);
    expect(decision.status).toBe('superseded');
    expect(decision.date).toBe('2024-07-08');
    expect(decision.deciders).toEqual(['Ada', 'Grace']);
    expect(decision.outcome).toBe('Chosen option: **Kafka**, because scale');
    expect(decision.chosenOption).toBeUndefined();
    expect(decision.consequences).toBe(
      '* Good, because durable\n### Confirmation\nReview in a year.',
    );
    expect(decision.context).toBe(
      'We need events.\n\n## Validation\n\nBenchmarks.',
    );
    expect(warnings).toEqual([
      '"Validation" has no field of its own; it was appended to the context.',
      'The chosen option "Kafka" is not one of the considered options; the outcome was kept as written.',
      'Front matter field "consulted" has no place in a decision record; it was ignored.',
    ]);
  });

  it('matches a loosely written chosen option to a considered option', () => {
    const { decision } = fromMadr(
      '# T\n\n## Considered Options\n\n* Kafka\n* NATS\n\n## Decision Outcome\n\nChosen option: **kafka**, because it scales.\n',
      { defaultDate: '2024-01-01' },
    );
    expect(decision.chosenOption).toBe('Kafka');
    expect(decision.outcome).toBe('it scales.');
  });

  it('reads Nygard-style sections', () => {
    const markdown = [
      '# 3. Use Kafka',
      '',
      'Date: 2023-02-01',
      '',
      '## Status',
      '',
      'Accepted',
      '',
      'Supersedes [2. Use RabbitMQ](0002-use-rabbitmq.md)',
      '',
      '## Context',
      '',
      'We need replay.',
      '',
      '## Decision',
      '',
      'We will use Kafka.',
      '',
      '## Consequences',
      '',
      'We run MSK.',
    ].join('\n');
    const { decision, warnings } = fromMadr(markdown);
    expect(decision).toMatchObject({
      title: 'Use Kafka',
      status: 'accepted',
      date: '2023-02-01',
      context: 'We need replay.',
      outcome: 'We will use Kafka.',
      consequences: 'We run MSK.',
    });
    expect(warnings).toEqual([]);
  });

  it('falls back to defaults, with warnings, for missing or unknown status and date', () => {
    const missing = fromMadr('# Only a title\n', { defaultDate: '2024-09-10' });
    expect(missing.decision.status).toBe('proposed');
    expect(missing.decision.date).toBe('2024-09-10');
    expect(missing.warnings).toEqual([
      'The document has no status; it was imported as "proposed".',
      'The document has no date; 2024-09-10 was used.',
    ]);

    const odd = fromMadr(
      '---\nstatus: "{proposed | accepted}"\ndate: 2024-02-30\n---\n# T\n',
      { defaultDate: '2024-09-10' },
    );
    expect(odd.decision.status).toBe('proposed');
    expect(odd.decision.date).toBe('2024-09-10');
    expect(odd.warnings).toEqual([
      'Unknown status "{proposed | accepted}"; it was imported as "proposed".',
      'The date "2024-02-30" is not a YYYY-MM-DD date; 2024-09-10 was used.',
    ]);

    const synonym = fromMadr('* Status: Approved\n* Date: 2024-01-01\n\n# T');
    expect(synonym.decision.status).toBe('accepted');
  });

  it('ignores front matter that is not YAML, with a warning', () => {
    const { decision, warnings } = fromMadr(
      '---\nstatus: [accepted\ndate: : :\n---\n# Still readable\n',
      { defaultDate: '2024-01-01' },
    );
    expect(decision.title).toBe('Still readable');
    expect(warnings[0]).toMatch(
      /^The front matter is not valid YAML: .*; it was ignored\.$/,
    );
  });

  it('accepts Windows line endings and a byte order mark', () => {
    const markdown = toMadr(base).replace(/\n/g, '\r\n');
    expect(fromMadr(`\uFEFF${markdown}`).decision).toStrictEqual(base);
  });

  it('refuses a document without a title heading', () => {
    expect(() => fromMadr('')).toThrow('no "# title" heading');
    expect(() => fromMadr('## Context\n\nNo title.')).toThrow(
      'no "# title" heading',
    );
    expect(() => fromMadr('```\n# in a fence\n```')).toThrow(
      'no "# title" heading',
    );
  });

  it('survives damaged and hostile documents', () => {
    const long = 50_000;
    const hostile = [
      `# T${' '.repeat(long)}x`,
      `# T ${'#'.repeat(long)}x`,
      `# T\n## a${'.'.repeat(long)}b`,
      `# T ${'<!--'.repeat(long / 4)}`,
      `# T ${'['.repeat(long)}`,
      `# T\n* Status: ${'[a]('.repeat(long / 4)}`,
      `# T\n## More Information\n* Entities: ${'`'.repeat(long)}x`,
      `# T\n## Considered Options\n* A\n## Decision Outcome\nChosen option: "${'"'.repeat(
        long,
      )}`,
      `# T\n${'```\n'.repeat(long / 4)}`,
      `---\n${'a: &a [*a, *a]\n'.repeat(20)}---\n# T`,
    ];
    // Every line dropped in turn from a full export: the importer must cope with any gap.
    const lines = toMadr(base).split('\n');
    const damaged = lines.map((_, i) =>
      lines.filter((__, j) => j !== i).join('\n'),
    );
    const outcomes = [...hostile, ...damaged].map(markdown => {
      try {
        const { decision, warnings } = fromMadr(markdown, {
          defaultDate: '2024-01-01',
        });
        return typeof decision.title === 'string' && Array.isArray(warnings)
          ? 'parsed'
          : 'malformed result';
      } catch (e) {
        return String(e).includes('no "# title" heading')
          ? 'refused'
          : String(e);
      }
    });
    expect(new Set(outcomes)).toEqual(new Set(['parsed', 'refused']));
  });
});
