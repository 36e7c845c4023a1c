import type { ModuleFacts, SloSpec } from '../facts/schema';
import { assessServiceStack, profileFromFacts } from './profile';
import { serviceFacts } from '../__testUtils__/facts';

const facts = serviceFacts;

function module(
  ecosystem: ModuleFacts['ecosystem'],
  manifest: string,
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
    dependencies: serverFrameworks.map((name, i) => ({
      name,
      scope: 'runtime' as const,
      file: manifest,
      line: i + 1,
    })),
    lockfiles: [],
    settings: {},
  };
}

function latencySlo(
  threshold: string | undefined,
  objective?: number,
  format: SloSpec['format'] = 'stackscore',
): SloSpec {
  return {
    format,
    slos: [
      {
        name: `latency ${threshold}`,
        sliType: 'latency',
        ...(objective !== undefined ? { objective } : {}),
        ...(threshold !== undefined ? { threshold } : {}),
        queries: [],
      },
    ],
    warnings: [],
  };
}

const ref = 'component:default/orders';

describe('profileFromFacts', () => {
  it('reads languages and frameworks from the server modules', () => {
    const profile = profileFromFacts(
      ref,
      facts({
        modules: [
          module('go', 'go.mod', ['github.com/go-chi/chi/v5']),
          module('node', 'tools/package.json'),
        ],
      }),
    );
    expect(profile).toEqual({
      entityRef: ref,
      languages: ['go'],
      frameworks: ['chi'],
    });
  });

  it('falls back to every module when none is a server', () => {
    const profile = profileFromFacts(
      ref,
      facts({
        modules: [module('rust', 'Cargo.toml'), module('node', 'package.json')],
      }),
    );
    expect(profile.languages).toEqual(['node', 'rust']);
    expect(profile.frameworks).toEqual([]);
  });

  it('maps JVM server frameworks by prefix and keeps the table order', () => {
    const profile = profileFromFacts(
      ref,
      facts({
        modules: [
          module('java', 'api/pom.xml', [
            'io.quarkus:quarkus-rest-jackson',
            'org.springframework.boot:spring-boot-starter-web',
          ]),
          module('python', 'ml/pyproject.toml', ['fastapi']),
        ],
      }),
    );
    expect(profile.languages).toEqual(['java', 'python']);
    expect(profile.frameworks).toEqual(['fastapi', 'spring-boot', 'quarkus']);
  });

  it('takes the tightest tail-latency threshold of the SLOs', () => {
    const profile = profileFromFacts(
      ref,
      facts({
        modules: [module('python', 'pyproject.toml', ['fastapi'])],
        slo: [
          latencySlo('200ms', 99.9),
          latencySlo('0.05s', 99, 'annotations'),
          latencySlo('5ms', 95),
          latencySlo('0.002'),
          {
            format: 'sloth',
            slos: [
              {
                name: 'availability',
                sliType: 'availability',
                objective: 99.9,
                threshold: '1ms',
                queries: [],
              },
            ],
            warnings: [],
          },
        ],
      }),
    );
    expect(profile.p99TargetMs).toBe(50);
  });
});

describe('assessServiceStack', () => {
  it('warns when Python serves a sub-10 ms p99 target', () => {
    const profile = profileFromFacts(
      ref,
      facts({
        modules: [module('python', 'pyproject.toml', ['fastapi'])],
        slo: [latencySlo('5ms', 99)],
      }),
    );
    const { findings } = assessServiceStack(profile);
    expect(findings).toEqual([
      {
        severity: 'warning',
        text: expect.stringMatching(
          /^Python .* 5 ms; below 10 ms .*Rust or Go/,
        ),
        reference: {
          document: 'backend-language-comparison',
          section: 'Backend Framework Selection Criteria for 2025',
          lines: 'L322',
        },
      },
    ]);
  });

  it('warns for Node.js too, and not for Go or Rust', () => {
    const target = { p99TargetMs: 8 };
    expect(
      assessServiceStack({
        entityRef: ref,
        languages: ['node'],
        frameworks: ['fastify'],
        ...target,
      }).findings.map(f => f.severity),
    ).toEqual(['warning']);
    expect(
      assessServiceStack({
        entityRef: ref,
        languages: ['go', 'rust'],
        frameworks: ['gin', 'axum'],
        ...target,
      }).findings,
    ).toEqual([]);
  });

  it('notes Java behind a sub-10 ms target unless it is a Quarkus native service', () => {
    const java = {
      entityRef: ref,
      languages: ['java'],
      p99TargetMs: 5,
    };
    expect(
      assessServiceStack({ ...java, frameworks: ['spring-boot'] }).findings,
    ).toEqual([
      expect.objectContaining({
        severity: 'info',
        reference: expect.objectContaining({ lines: 'L123' }),
      }),
    ]);
    expect(
      assessServiceStack({ ...java, frameworks: ['quarkus'] }).findings,
    ).toEqual([]);
  });

  it('compares an expected load with the framework estimate and the 100K threshold', () => {
    const flask = assessServiceStack({
      entityRef: ref,
      languages: ['python'],
      frameworks: ['flask'],
      rpsTarget: 6_000,
    });
    expect(flask.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        text: expect.stringMatching(/^Flask is estimated at up to 4000/),
      }),
    ]);
    const busy = assessServiceStack({
      entityRef: ref,
      languages: ['node'],
      frameworks: [],
      rpsTarget: 150_000,
    });
    expect(busy.findings.map(f => f.text)).toEqual([
      expect.stringMatching(/above 100,000 the guidance points to Rust or Go/),
    ]);
  });

  it('finds nothing without declared targets', () => {
    expect(
      assessServiceStack({
        entityRef: ref,
        languages: ['python', 'node', 'java'],
        frameworks: ['django'],
      }),
    ).toEqual({ entityRef: ref, findings: [] });
  });
});
