import type {
  CiWorkflow,
  Dependency,
  DockerfileFacts,
  ModuleFacts,
} from '../facts/schema';
import { radarSeed } from './seed';
import { radarEntryCreateSchema } from './types';
import {
  createRadarUsageDetector,
  detectRadarUsage,
  radarUsageMatchers,
  usageMatcherSchema,
} from './usage';
import { serviceFacts } from '../__testUtils__/facts';

const facts = serviceFacts;

function module(
  ecosystem: ModuleFacts['ecosystem'],
  manifest: string,
  dependencies: Array<Partial<Dependency> & { name: string }>,
  serverFrameworks: string[] = [],
): ModuleFacts {
  return {
    ecosystem,
    dir: manifest.includes('/')
      ? manifest.slice(0, manifest.lastIndexOf('/'))
      : '',
    manifests: [manifest],
    isServer: serverFrameworks.length > 0,
    serverFrameworks,
    dependencies: dependencies.map((d, i) => ({
      scope: 'runtime',
      file: manifest,
      line: i + 3,
      ...d,
    })),
    lockfiles: [],
    settings: {},
  };
}

function dockerfile(file: string, froms: string[]): DockerfileFacts {
  const aliases: string[] = [];
  return {
    file,
    production: true,
    globalArgs: {},
    stages: froms.map((from, index) => {
      const [reference, alias] = from.split(' AS ');
      const colon = reference.lastIndexOf(':');
      const slash = reference.lastIndexOf('/');
      const image = colon > slash ? reference.slice(0, colon) : reference;
      const tag = colon > slash ? reference.slice(colon + 1) : undefined;
      const stage = {
        index,
        ...(alias ? { alias } : {}),
        from: {
          raw: reference,
          resolved: reference,
          image,
          ...(tag ? { tag } : {}),
          isStage: aliases.includes(reference),
          unresolved: false,
          line: index * 5 + 1,
        },
        env: [],
        run: [],
        copyFrom: [],
      };
      if (alias) aliases.push(alias);
      return stage;
    }),
  };
}

function workflow(
  provider: CiWorkflow['provider'],
  file: string,
  steps: Array<{ uses?: string; run?: string }>,
  includes: string[] = [],
): CiWorkflow {
  return {
    provider,
    file,
    triggers: ['push'],
    includes,
    env: {},
    jobs: [
      {
        id: 'build',
        continueOnError: false,
        env: {},
        steps: steps.map((step, i) => ({
          ...step,
          continueOnError: false,
          line: 10 + i,
        })),
      },
    ],
  };
}

const service = facts({
  files: [
    '.github/dependabot.yml',
    'go.mod',
    'infra/main.tf',
    'infra/variables.tf',
    'sqlc.yaml',
    'web/package.json',
  ],
  modules: [
    module(
      'go',
      'go.mod',
      [
        { name: 'github.com/gin-gonic/gin', version: 'v1.10.0' },
        { name: 'github.com/go-chi/chi/v5', version: 'v5.1.0' },
        { name: 'gorm.io/gorm', version: 'v1.25.0' },
        { name: 'go.uber.org/zap', version: 'v1.27.0' },
        { name: 'github.com/jmoiron/sqlx', indirect: true },
        { name: 'github.com/aws/aws-sdk-go-v2/service/dynamodb' },
        { name: 'go.opentelemetry.io/otel/sdk' },
      ],
      ['github.com/gin-gonic/gin', 'github.com/go-chi/chi/v5'],
    ),
    module(
      'node',
      'web/package.json',
      [
        { name: 'moment' },
        { name: 'react' },
        { name: 'express' },
        { name: 'typescript', scope: 'dev' },
      ],
      ['express'],
    ),
    module(
      'java',
      'api/pom.xml',
      [
        { name: 'org.springframework.boot:spring-boot-starter-web' },
        { name: 'io.javalin:javalin' },
        { name: 'org.owasp:dependency-check-maven', scope: 'build' },
      ],
      [
        'io.javalin:javalin',
        'org.springframework.boot:spring-boot-starter-web',
      ],
    ),
  ],
  lockfiles: [
    { ecosystem: 'go', file: 'go.sum', format: 'go-sum', packages: [] },
  ],
  dockerfiles: [
    dockerfile('Dockerfile', [
      'golang:1.22-alpine AS builder',
      'gcr.io/distroless/static-debian12:nonroot',
    ]),
    dockerfile('tools/Dockerfile', ['alpine:3.20 AS base', 'base']),
  ],
  ci: [
    workflow('github', '.github/workflows/ci.yml', [
      { uses: 'actions/checkout@v4' },
      { uses: 'github/codeql-action/init@v3' },
      { uses: 'docker/build-push-action@v6' },
      { uses: './.github/actions/local' },
      { run: 'go run golang.org/x/vuln/cmd/govulncheck@latest ./...' },
      { run: 'npx tsc --noEmit && ./node_modules/.bin/tscx' },
    ]),
    workflow('gitlab', '.gitlab-ci.yml', [], ['Jobs/SAST.gitlab-ci.yml']),
  ],
  updateBots: {
    renovate: { file: 'renovate.json', config: {} },
  },
  slo: [
    {
      format: 'sloth',
      file: 'slo/orders.yaml',
      slos: [],
      warnings: [],
    },
    { format: 'annotations', slos: [], warnings: [] },
  ],
});

describe('detectRadarUsage', () => {
  const usage = detectRadarUsage(service);
  const ids = usage.entries.map(e => e.entryId);
  const evidence = (id: string) =>
    usage.entries.find(e => e.entryId === id)?.evidence;

  it('maps dependencies, Dockerfiles, CI, files, bots and SLOs to seed entries', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'go',
        'gin',
        'go-chi',
        'go-heavy-orms',
        'zap',
        'structured-json-logs',
        'aws-sdk-go-v2',
        'dynamodb',
        'opentelemetry-first',
        'nodejs',
        'moment',
        'react',
        'typescript',
        'java',
        'spring-boot',
        'owasp-dependency-check',
        'lockfiles',
        'docker-multi-stage-minimal-images',
        'github-actions',
        'gitlab-ci',
        'codeql',
        'govulncheck',
        'tsc',
        'semgrep',
        'terraform',
        'sqlc',
        'dependabot',
        'renovate',
        'sloth',
        'slos-error-budgets',
      ]),
    );
  });

  it('reports an entry on hold like any other, with where it is declared', () => {
    expect(evidence('moment')).toEqual([{ file: 'web/package.json', line: 3 }]);
    expect(evidence('go-heavy-orms')).toEqual([{ file: 'go.mod', line: 5 }]);
    expect(radarSeed.find(e => e.id === 'moment')?.ring).toBe('hold');
  });

  it('ignores indirect dependencies and matches whole command words only', () => {
    expect(ids).not.toContain('go-sqlx');
    expect(evidence('tsc')).toEqual([
      { file: '.github/workflows/ci.yml', line: 15 },
    ]);
    expect(evidence('govulncheck')).toEqual([
      { file: '.github/workflows/ci.yml', line: 14 },
    ]);
    const lookalikes = detectRadarUsage(
      facts({
        ci: [
          workflow('github', 'ci.yml', [
            { run: './bin/tscx && cargo auditing && echo cargo && audit' },
          ]),
        ],
      }),
    );
    expect(lookalikes.entries.map(e => e.entryId)).toEqual(['github-actions']);
  });

  it('strips Go major-version suffixes and matches prefixes', () => {
    expect(evidence('go-chi')).toEqual([{ file: 'go.mod', line: 4 }]);
    expect(evidence('opentelemetry-first')).toEqual([
      { file: 'go.mod', line: 9 },
    ]);
  });

  it('matches files by path, name and extension, and caps evidence at three', () => {
    expect(evidence('terraform')).toEqual([
      { file: 'infra/main.tf' },
      { file: 'infra/variables.tf' },
    ]);
    expect(evidence('dependabot')).toEqual([
      { file: '.github/dependabot.yml' },
    ]);
    const many = detectRadarUsage(
      facts({
        modules: ['a', 'b', 'c', 'd'].map(dir =>
          module('go', `${dir}/go.mod`, []),
        ),
      }),
    );
    expect(many.entries).toEqual([
      {
        entryId: 'go',
        evidence: [
          { file: 'a/go.mod' },
          { file: 'b/go.mod' },
          { file: 'c/go.mod' },
        ],
      },
    ]);
  });

  it('records an entry whose only evidence has no file', () => {
    expect(evidence('slos-error-budgets')).toEqual([
      { file: 'slo/orders.yaml' },
    ]);
    const annotationsOnly = detectRadarUsage(
      facts({ slo: [{ format: 'annotations', slos: [], warnings: [] }] }),
    );
    expect(annotationsOnly.entries).toEqual([
      { entryId: 'slos-error-budgets', evidence: [] },
    ]);
  });

  it('lists unclaimed frameworks, base images and CI actions, not the noise', () => {
    expect(usage.unknown).toEqual([
      {
        key: 'ci-action:docker/build-push-action',
        kind: 'ci',
        name: 'docker/build-push-action',
        evidence: { file: '.github/workflows/ci.yml', line: 12 },
      },
      {
        key: 'docker-base:alpine',
        kind: 'container-base',
        name: 'alpine',
        evidence: { file: 'tools/Dockerfile', line: 1 },
      },
      {
        key: 'framework:express',
        kind: 'framework',
        name: 'express',
        evidence: { file: 'web/package.json', line: 5 },
      },
      {
        key: 'framework:io.javalin:javalin',
        kind: 'framework',
        name: 'io.javalin:javalin',
        evidence: { file: 'api/pom.xml', line: 4 },
      },
    ]);
  });

  it('returns entries and unknowns in a stable order', () => {
    expect(ids).toEqual([...ids].sort());
    const keys = usage.unknown.map(u => u.key);
    expect(keys).toEqual([...keys].sort());
    expect(detectRadarUsage(service)).toEqual(usage);
  });

  it('normalises Python, Rust and Docker Hub names', () => {
    const result = detectRadarUsage(
      facts({
        modules: [
          module('python', 'pyproject.toml', [
            { name: 'FastAPI' },
            { name: 'opentelemetry_sdk' },
          ]),
          module('rust', 'Cargo.toml', [{ name: 'serde_json' }]),
        ],
        dockerfiles: [
          dockerfile('Dockerfile', ['docker.io/library/python:3.12-slim']),
        ],
      }),
    );
    expect(result.entries.map(e => e.entryId)).toEqual([
      'docker-multi-stage-minimal-images',
      'fastapi',
      'opentelemetry-first',
      'python',
      'rust',
      'serde',
    ]);
    expect(result.unknown).toEqual([]);
  });

  it('recognises a standard-library Go server by its signal', () => {
    const result = detectRadarUsage(
      facts({
        modules: [module('go', 'svc/go.mod', [], ['net/http'])],
        signals: [
          {
            signal: 'runtime.go-http-server',
            file: 'svc/main.go',
            line: 12,
            text: 'http.ListenAndServe(":8080", mux)',
          },
        ],
      }),
    );
    expect(result.entries).toContainEqual({
      entryId: 'go-net-http',
      evidence: [{ file: 'svc/main.go', line: 12 }],
    });
    expect(result.unknown).toEqual([]);
  });

  it('takes the matchers of entries created later and reports what they leave unclaimed', () => {
    const custom = {
      htmx: {
        dependencies: [{ ecosystem: 'node' as const, names: ['htmx.org'] }],
      },
    };
    const result = detectRadarUsage(
      facts({
        modules: [module('node', 'package.json', [{ name: 'htmx.org' }])],
      }),
      custom,
    );
    expect(result.entries).toEqual([
      { entryId: 'htmx', evidence: [{ file: 'package.json', line: 3 }] },
    ]);
    expect(result.unknown.map(u => u.key)).toEqual(['language:node']);
    const detect = createRadarUsageDetector({
      ...radarUsageMatchers,
      ...custom,
    });
    expect(detect(service).entries.map(e => e.entryId)).toEqual(ids);
  });
});

describe('radarUsageMatchers', () => {
  it('is keyed by seed entry ids', () => {
    const seedIds = new Set(radarSeed.map(e => e.id));
    for (const id of Object.keys(radarUsageMatchers)) {
      expect({ id, seeded: seedIds.has(id) }).toEqual({ id, seeded: true });
    }
  });

  it('passes the schema users write matchers with', () => {
    for (const [id, matcher] of Object.entries(radarUsageMatchers)) {
      const parsed = usageMatcherSchema.safeParse(matcher);
      expect({ id, issues: parsed.error?.issues ?? [] }).toEqual({
        id,
        issues: [],
      });
    }
    expect(
      usageMatcherSchema.safeParse({
        dependencies: [{ names: ['x'] }],
        extra: 1,
      }).success,
    ).toBe(false);
    expect(
      radarEntryCreateSchema.safeParse({
        id: 'htmx',
        title: 'htmx',
        quadrant: 'languages-frameworks',
        ring: 'assess',
        description: 'Hypermedia in HTML attributes.',
        references: [],
        usage: { dependencies: [{ ecosystem: 'node', names: ['htmx.org'] }] },
      }).success,
    ).toBe(true);
  });
});
