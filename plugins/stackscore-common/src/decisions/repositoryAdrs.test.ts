import { isAdrPath, parseRepositoryAdr } from './repositoryAdrs';

const nygard = `# 1. Record architecture decisions

Date: 2024-01-02

## Status

Accepted

## Context

We need to record the architectural decisions made on this project.

## Decision

We will use Architecture Decision Records, as described by Michael Nygard.

## Consequences

See Michael Nygard's article, linked above.
`;

const nygardSuperseded = `# 2. Use RabbitMQ for events

Date: 2024-02-03

## Status

Superseded by [3. Use Kafka for events](0003-use-kafka-for-events.md)

## Context

Events.
`;

const nygardSuperseding = `# 3. Use Kafka for events

Date: 2024-03-04

## Status

Accepted

Supersedes [2. Use RabbitMQ for events](0002-use-rabbitmq-for-events.md)

## Context

Replay.
`;

const madrFrontMatter = `---
status: accepted
date: 2024-05-06
decision-makers: Ada, Grace
---

# Use Kafka for business events

## Context and Problem Statement

\`\`\`
# not the title
\`\`\`

## Considered Options

* Kafka
* NATS
`;

const madr2 = `# Use PostgreSQL for orders

* Status: proposed
* Deciders: Jane Doe
* Date: 2021-03-04

## Context and Problem Statement

Orders are relational.
`;

const madrStatusSection = `# Use chi

## Status

Deprecated

## Decision Outcome

Chosen option: "chi".
`;

describe('parseRepositoryAdr', () => {
  it('reads a classic Nygard record', () => {
    expect(
      parseRepositoryAdr(
        'docs/adr/0001-record-architecture-decisions.md',
        nygard,
      ),
    ).toEqual({
      file: 'docs/adr/0001-record-architecture-decisions.md',
      title: '1. Record architecture decisions',
      status: 'Accepted',
      date: '2024-01-02',
      format: 'nygard',
    });
  });

  it('reads superseded and superseding Nygard records', () => {
    expect(parseRepositoryAdr('doc/adr/0002.md', nygardSuperseded)).toEqual({
      file: 'doc/adr/0002.md',
      title: '2. Use RabbitMQ for events',
      status: 'Superseded by 3. Use Kafka for events',
      date: '2024-02-03',
      format: 'nygard',
    });
    expect(parseRepositoryAdr('doc/adr/0003.md', nygardSuperseding)).toEqual({
      file: 'doc/adr/0003.md',
      title: '3. Use Kafka for events',
      status: 'Accepted',
      date: '2024-03-04',
      format: 'nygard',
    });
  });

  it('reads MADR with front matter, with a MADR 2 bullet header and with a status section', () => {
    expect(parseRepositoryAdr('a.md', madrFrontMatter)).toEqual({
      file: 'a.md',
      title: 'Use Kafka for business events',
      status: 'accepted',
      date: '2024-05-06',
      format: 'madr',
    });
    expect(parseRepositoryAdr('b.md', madr2)).toEqual({
      file: 'b.md',
      title: 'Use PostgreSQL for orders',
      status: 'proposed',
      date: '2021-03-04',
      format: 'madr',
    });
    expect(parseRepositoryAdr('c.md', madrStatusSection)).toEqual({
      file: 'c.md',
      title: 'Use chi',
      status: 'Deprecated',
      format: 'madr',
    });
  });

  it('accepts Windows line endings and a byte order mark', () => {
    expect(
      parseRepositoryAdr('d.md', `\uFEFF${nygard.replace(/\n/g, '\r\n')}`),
    ).toEqual(parseRepositoryAdr('d.md', nygard));
  });

  it('lists a markdown file with a title but no ADR structure as unknown', () => {
    expect(parseRepositoryAdr('e.md', '# Notes\n\nJust notes.')).toEqual({
      file: 'e.md',
      title: 'Notes',
      format: 'unknown',
    });
  });

  it.each([
    ['empty', '', 'the file is empty'],
    ['blank', ' \n\t\n', 'the file is empty'],
    [
      'binary',
      '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR',
      'the file is not text (it contains binary data)',
    ],
    [
      'heading-less',
      'Status: accepted\n\nSome text.',
      'the file has no "# title" heading',
    ],
    [
      'front matter that is not closed',
      '---\nstatus: accepted\n# Title\n',
      'the front matter is not closed by a "---" line',
    ],
    [
      'front matter that is a list',
      '---\n- a\n- b\n---\n# Title\n',
      'the front matter is not a YAML mapping',
    ],
  ])('reports a malformed file (%s)', (_name, text, error) => {
    expect(parseRepositoryAdr('x.md', text)).toEqual({
      file: 'x.md',
      format: 'unknown',
      error,
    });
  });

  it('reports front matter that is not YAML', () => {
    const adr = parseRepositoryAdr(
      'y.md',
      '---\nstatus: [accepted\n---\n# T\n',
    );
    expect(adr).toMatchObject({ file: 'y.md', format: 'unknown' });
    expect(adr.error).toMatch(/^the front matter is not valid YAML: /);
  });

  it('keeps extracted fields short', () => {
    const adr = parseRepositoryAdr('z.md', `# ${'t'.repeat(5000)}\n`);
    expect(adr.title).toHaveLength(200);
  });

  it('never throws, whatever the input', () => {
    const samples = [
      '---',
      '---\n---',
      '#',
      '# ',
      '```\n# fenced',
      '---\n!!binary x\n---\n# T',
      '---\na: &a [*a]\n---\n# T',
      '\u0000',
      '#'.repeat(100_000),
      `# T${' '.repeat(100_000)}x`,
      `# T\n## a${':'.repeat(100_000)}b`,
      `# T ${'<!--'.repeat(25_000)}`,
      `# T\n* Status: ${'['.repeat(100_000)}`,
      `# T\n${'* Status: '.repeat(10_000)}`,
      undefined as unknown as string,
    ];
    for (const text of samples) {
      expect(() => parseRepositoryAdr('f.md', text)).not.toThrow();
      expect(parseRepositoryAdr('f.md', text).file).toBe('f.md');
    }
  });
});

describe('isAdrPath', () => {
  it('accepts markdown files directly in the usual ADR folders', () => {
    for (const path of [
      'docs/adr/0001-record-architecture-decisions.md',
      'doc/adr/0002-use-kafka.md',
      'docs/decisions/0003-use-chi.markdown',
      './docs/adr/0004-x.MD',
      'docs\\adr\\0005-windows.md',
    ]) {
      expect({ path, adr: isAdrPath(path) }).toEqual({ path, adr: true });
    }
  });

  it('rejects other files, nested folders, READMEs, indexes and templates', () => {
    for (const path of [
      'docs/adr/README.md',
      'docs/adr/index.md',
      'docs/adr/template.md',
      'docs/adr/adr-template.md',
      'docs/decisions/0000-use-markdown-architectural-decision-records-template.md',
      'docs/adr/0000-template.md',
      'docs/adr/0001-x.txt',
      'docs/adr/old/0001-x.md',
      'docs/0001-x.md',
      'src/docs/adr/0001-x.md',
      '../docs/adr/0001-x.md',
      '',
    ]) {
      expect({ path, adr: isAdrPath(path) }).toEqual({ path, adr: false });
    }
  });

  it('follows the adr-location annotation', () => {
    expect(
      isAdrPath('architecture/decisions/0001-x.md', 'architecture/decisions'),
    ).toBe(true);
    expect(
      isAdrPath(
        'architecture/decisions/0001-x.md',
        './architecture/decisions/',
      ),
    ).toBe(true);
    expect(isAdrPath('architecture/0001-x.md', 'architecture/decisions')).toBe(
      false,
    );
    expect(
      isAdrPath('architecture/decisions/README.md', 'architecture/decisions'),
    ).toBe(false);
    expect(isAdrPath('docs/adr/0001-x.md', 'elsewhere')).toBe(true);
    expect(isAdrPath('x/0001-x.md', '../x')).toBe(false);
    expect(isAdrPath('x/0001-x.md', 'https://example.com/x')).toBe(false);
  });
});
