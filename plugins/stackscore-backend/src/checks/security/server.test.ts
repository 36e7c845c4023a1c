import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { securityCheckImplementations } from '.';
import { signal } from '../supplyChain/testing';

function run(id: string, facts: EntityFacts) {
  const check = securityCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

const dep = (
  name: string,
  file = 'go.mod',
  extra: Record<string, unknown> = {},
) => ({
  name,
  version: '1.0.0',
  scope: 'runtime' as const,
  file,
  ...extra,
});

describe('security.input-validation', () => {
  const id = 'security.input-validation';

  it('passes a direct go-playground/validator and fails an indirect one', () => {
    const direct = module({
      ecosystem: 'go',
      serverFrameworks: ['chi'],
      dependencies: [dep('github.com/go-playground/validator/v10')],
    });
    expect(run(id, serviceFacts({ modules: [direct] })).status).toBe('pass');
    const indirect = module({
      ecosystem: 'go',
      serverFrameworks: ['gin'],
      dependencies: [
        dep('github.com/go-playground/validator/v10', 'go.mod', {
          indirect: true,
        }),
      ],
    });
    expect(run(id, serviceFacts({ modules: [indirect] })).status).toBe('fail');
  });

  it('needs the starter and @Valid for Spring', () => {
    const spring = module({
      ecosystem: 'java',
      serverFrameworks: ['spring-boot-starter-web'],
      dependencies: [
        dep(
          'org.springframework.boot:spring-boot-starter-validation',
          'pom.xml',
        ),
      ],
    });
    const valid = signal(
      'security.java-valid-annotation',
      'src/main/java/Api.java',
      'public Entry post(@Valid @RequestBody Req r)',
    );
    expect(
      run(id, serviceFacts({ modules: [spring], signals: [valid] })).status,
    ).toBe('pass');
    expect(run(id, serviceFacts({ modules: [spring] })).status).toBe('fail');
  });

  it('is not applicable without a server module', () => {
    expect(
      run(id, serviceFacts({ modules: [module({ ecosystem: 'node' })] }))
        .status,
    ).toBe('not-applicable');
  });
});

describe('security.http-security-headers', () => {
  const id = 'security.http-security-headers';
  const go = module({ ecosystem: 'go', serverFrameworks: ['chi'] });

  it('passes all four headers set in code, helmet, or the edge annotation', () => {
    const headers = [
      'hsts',
      'content-type-options',
      'frame-options',
      'csp',
    ].map((h, i) =>
      signal(
        `security.header-${h}`,
        'internal/http.go',
        `h.Set("${h}")`,
        i + 1,
      ),
    );
    expect(
      run(id, serviceFacts({ modules: [go], signals: headers })).status,
    ).toBe('pass');
    const node = module({
      ecosystem: 'node',
      serverFrameworks: ['fastify'],
      dependencies: [dep('@fastify/helmet', 'package.json')],
    });
    expect(run(id, serviceFacts({ modules: [node] })).status).toBe('pass');
    const edge = serviceFacts({ modules: [go] });
    edge.catalog.annotations['stackscore.io/edge-security-headers'] = 'true';
    expect(run(id, edge).status).toBe('pass');
  });

  it('fails missing headers, naming them', () => {
    const outcome = run(
      id,
      serviceFacts({
        modules: [go],
        signals: [
          signal('security.header-hsts', 'a.go', 'Strict-Transport-Security'),
        ],
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0].message).toContain(
      'X-Content-Type-Options, X-Frame-Options, Content-Security-Policy',
    );
  });

  it('is not applicable without a server', () => {
    expect(run(id, serviceFacts()).status).toBe('not-applicable');
  });
});

describe('security.rate-limiting', () => {
  const id = 'security.rate-limiting';
  const tagged = (
    modules = [module({ ecosystem: 'node', serverFrameworks: ['express'] })],
  ) => {
    const facts = serviceFacts({ modules });
    facts.catalog.tags = ['public'];
    return facts;
  };

  it('is not applicable unless tagged public or external', () => {
    expect(
      run(id, serviceFacts({ modules: [module({ ecosystem: 'go' })] })).status,
    ).toBe('not-applicable');
  });

  it('passes express-rate-limit and fails without a limiter', () => {
    expect(
      run(
        id,
        tagged([
          module({
            ecosystem: 'node',
            dependencies: [dep('express-rate-limit', 'package.json')],
          }),
        ]),
      ).status,
    ).toBe('pass');
    expect(run(id, tagged()).status).toBe('fail');
  });
});

describe('security.vetted-auth', () => {
  const id = 'security.vetted-auth';

  it('is not applicable without authentication code', () => {
    expect(
      run(id, serviceFacts({ modules: [module({ ecosystem: 'go' })] })).status,
    ).toBe('not-applicable');
  });

  it('fails hand-rolled jwt.verify middleware and express-jwt', () => {
    const handRolled = serviceFacts({
      signals: [
        signal(
          'security.jwt-hand-rolled',
          'auth.js',
          'const claims = jwt.verify(token, SECRET);',
          17,
        ),
      ],
    });
    expect(run(id, handRolled)).toMatchObject({
      status: 'fail',
      evidence: [{ file: 'auth.js', line: 17 }],
    });
    const expressJwt = module({
      ecosystem: 'node',
      serverFrameworks: ['express'],
      dependencies: [dep('express-jwt', 'package.json')],
    });
    expect(run(id, serviceFacts({ modules: [expressJwt] })).status).toBe(
      'fail',
    );
  });

  it('passes Spring Security with @EnableWebSecurity and fails anyRequest().permitAll()', () => {
    const spring = module({
      ecosystem: 'java',
      dependencies: [
        dep('org.springframework.boot:spring-boot-starter-security', 'pom.xml'),
      ],
    });
    const config = signal(
      'security.spring-web-security',
      'Security.java',
      '@EnableWebSecurity',
    );
    expect(
      run(id, serviceFacts({ modules: [spring], signals: [config] })).status,
    ).toBe('pass');
    const open = signal(
      'security.permit-all-requests',
      'Security.java',
      '.anyRequest().permitAll()',
    );
    expect(
      run(id, serviceFacts({ modules: [spring], signals: [config, open] }))
        .status,
    ).toBe('fail');
  });
});

describe('security.api-versioning', () => {
  const id = 'security.api-versioning';

  it('is not applicable without an API', () => {
    expect(run(id, serviceFacts()).status).toBe('not-applicable');
  });

  it('passes versioned OpenAPI paths and fails unversioned ones', () => {
    const doc = signal(
      'security.openapi-document',
      'api/openapi.yaml',
      'openapi: 3.0.3',
    );
    const path = signal(
      'security.openapi-versioned-path',
      'api/openapi.yaml',
      '/v1/orders:',
      9,
    );
    expect(run(id, serviceFacts({ signals: [doc, path] })).status).toBe('pass');
    const facts = serviceFacts({ signals: [doc] });
    expect(run(id, facts)).toMatchObject({
      status: 'fail',
      evidence: [{ message: expect.stringContaining('api/openapi.yaml') }],
    });
  });
});

describe('security.iam-least-privilege', () => {
  const id = 'security.iam-least-privilege';

  it('is not applicable without Terraform', () => {
    expect(run(id, serviceFacts({ files: ['main.go'] })).status).toBe(
      'not-applicable',
    );
  });

  it('fails s3:* on all resources and passes scoped actions', () => {
    const files = ['deploy/terraform/s3.tf'];
    const broad = serviceFacts({
      files,
      signals: [
        signal(
          'security.iam-service-wildcard-action',
          files[0],
          'actions   = ["s3:*"]',
          16,
        ),
        signal(
          'security.iam-wildcard-resource',
          files[0],
          'resources = ["*"]',
          17,
        ),
      ],
    });
    expect(run(id, broad)).toMatchObject({
      status: 'fail',
      evidence: [{ line: 16 }],
    });
    const scoped = serviceFacts({
      files,
      signals: [
        signal(
          'security.iam-service-wildcard-action',
          files[0],
          'actions = ["s3:*"]',
          16,
        ),
      ],
    });
    expect(run(id, scoped).status).toBe('pass');
  });
});
