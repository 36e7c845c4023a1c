import type {
  CheckOutcome,
  EntityFacts,
  Evidence,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import {
  combineOutcomes,
  fail,
  moduleErrors,
  notApplicable,
  pass,
} from '../outcomes';
import {
  baseNameOf,
  declares,
  readableModules,
} from '../supplyChain/manifests';
import { codeSignals, signalEvidence } from './signals';

/** Matches a dependency by exact name or, for Java `group:artifact` names, by artifactId. */
function artifact(...names: string[]): RegExp {
  const escaped = names.map(n => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:[^:]+:)?(?:${escaped.join('|')})$`);
}

function serverModules(facts: EntityFacts): ModuleFacts[] {
  return readableModules(facts, 'go')
    .concat(
      readableModules(facts, 'java'),
      readableModules(facts, 'node'),
      readableModules(facts, 'python'),
      readableModules(facts, 'rust'),
    )
    .filter(m => m.isServer);
}

function judgeServers(
  facts: EntityFacts,
  judge: (module: ModuleFacts) => CheckOutcome,
): CheckOutcome {
  const servers = serverModules(facts);
  const errors = moduleErrors(facts.modules);
  if (servers.length === 0) {
    return errors.length > 0
      ? combineOutcomes(errors)
      : notApplicable(
          'No server module: the component does not serve requests',
        );
  }
  return combineOutcomes([...servers.map(judge), ...errors]);
}

function label(module: ModuleFacts): string {
  return module.dir === ''
    ? module.manifests[0]
    : `${module.dir}/${baseNameOf(module.manifests[0])}`;
}

const validators: Record<ModuleFacts['ecosystem'], RegExp> = {
  python: artifact(
    'pydantic',
    'django-ninja',
    'marshmallow',
    'djangorestframework',
  ),
  node: artifact(
    'zod',
    'joi',
    '@hapi/joi',
    'yup',
    'ajv',
    'class-validator',
    'express-validator',
    'valibot',
    '@sinclair/typebox',
    'superstruct',
    '@effect/schema',
    '@vinejs/vine',
  ),
  rust: artifact('validator', 'garde'),
  go: /^github\.com\/(?:go-playground\/validator|go-ozzo\/ozzo-validation)/,
  java: artifact(
    'spring-boot-starter-validation',
    'jakarta.validation-api',
    'hibernate-validator',
    'quarkus-hibernate-validator',
    'micronaut-validation',
  ),
};

function inputValidation(
  facts: EntityFacts,
  module: ModuleFacts,
): CheckOutcome {
  const name = label(module);
  const library = declares(module, validators[module.ecosystem]);
  const inModule = (id: string) =>
    codeSignals(facts, id, { dir: module.dir })[0];
  switch (module.ecosystem) {
    case 'java': {
      const valid = inModule('security.java-valid-annotation');
      if (library && valid)
        return pass(
          signalEvidence(valid, `${name}: ${library.name} with @Valid`),
        );
      return fail({
        message: `${name}: ${
          library
            ? 'no @Valid/@Validated on request bodies'
            : 'no spring-boot-starter-validation (Bean Validation) declared'
        }`,
        file: module.manifests[0],
      });
    }
    case 'rust': {
      const extractor = inModule('security.rust-typed-extractor');
      const serde = declares(module, 'serde');
      if (library)
        return pass({
          message: `${name}: ${library.name} validates input`,
          file: library.file,
        });
      if (serde && extractor)
        return pass(
          signalEvidence(extractor, `${name}: serde with typed extractors`),
        );
      return fail({
        message: `${name}: no serde typed extractors (Json<T>, Query<T>) or validator crate`,
        file: module.manifests[0],
      });
    }
    case 'python': {
      if (library)
        return pass({
          message: `${name}: ${library.name} validates input`,
          file: library.file,
        });
      const pydantic = inModule('security.python-pydantic-model');
      if (pydantic)
        return pass(signalEvidence(pydantic, `${name}: pydantic models`));
      return fail({
        message: `${name}: no pydantic (or equivalent schema library) declared or imported`,
        file: module.manifests[0],
      });
    }
    case 'go': {
      if (library)
        return pass({
          message: `${name}: ${library.name} validates input`,
          file: library.file,
        });
      const echo = inModule('security.go-echo-validator');
      if (echo) return pass(signalEvidence(echo, `${name}: Echo validator`));
      return fail({
        message: `${name}: no go-playground/validator (direct requirement) or Echo validator`,
        file: module.manifests[0],
      });
    }
    default: {
      if (library)
        return pass({
          message: `${name}: ${library.name} validates input`,
          file: library.file,
        });
      const schema =
        declares(module, 'fastify') &&
        inModule('security.fastify-route-schema');
      if (schema)
        return pass(signalEvidence(schema, `${name}: Fastify route schemas`));
      return fail({
        message: `${name}: no zod (or equivalent schema library) and no Fastify route schema`,
        file: module.manifests[0],
      });
    }
  }
}

const headerSignals: [string, string][] = [
  ['security.header-hsts', 'Strict-Transport-Security'],
  ['security.header-content-type-options', 'X-Content-Type-Options'],
  ['security.header-frame-options', 'X-Frame-Options'],
  ['security.header-csp', 'Content-Security-Policy'],
];

const headerLibraries = artifact(
  'helmet',
  '@fastify/helmet',
  'koa-helmet',
  'flask-talisman',
  'secure',
  'django-security',
);

function securityHeaders(
  facts: EntityFacts,
  module: ModuleFacts,
): CheckOutcome {
  const name = label(module);
  const library =
    declares(module, headerLibraries) ??
    declares(module, /^github\.com\/unrolled\/secure/);
  if (library)
    return pass({
      message: `${name}: ${library.name} sets the security headers`,
      file: library.file,
    });
  const spring = codeSignals(facts, 'security.spring-headers', {
    dir: module.dir,
  })[0];
  if (module.ecosystem === 'java' && spring)
    return pass(signalEvidence(spring, `${name}: Spring Security headers`));
  const next = codeSignals(facts, 'security.next-config-headers', {
    dir: module.dir,
  }).find(s => /^next\.config\./.test(baseNameOf(s.file)));
  if (next) return pass(signalEvidence(next, `${name}: next.config headers()`));
  const missing: string[] = [];
  const found: Evidence[] = [];
  for (const [id, header] of headerSignals) {
    const match = codeSignals(facts, id, { dir: module.dir })[0];
    if (match) found.push(signalEvidence(match, `${name}: ${header}`));
    else missing.push(header);
  }
  if (missing.length === 0) return pass(...found);
  return fail(
    {
      message: `${name}: ${missing.join(
        ', ',
      )} not set (no helmet, Spring .headers( or equivalent)`,
      file: module.manifests[0],
    },
    ...found,
  );
}

const rateLimitLibraries = artifact(
  'resilience4j-ratelimiter',
  'bucket4j-core',
  'bucket4j_jdk17-core',
  '@fastify/rate-limit',
  'express-rate-limit',
  'rate-limiter-flexible',
  '@nestjs/throttler',
  'hono-rate-limiter',
  'slowapi',
  'django-ratelimit',
  'flask-limiter',
  'tower_governor',
  'governor',
  'actix-governor',
);

const rateLimiting: CheckImplementation = {
  id: 'security.rate-limiting',
  evaluate(facts) {
    const exposed = facts.catalog.tags.filter(t =>
      ['public', 'external'].includes(t.toLowerCase()),
    );
    if (exposed.length === 0) {
      return notApplicable('The component is not tagged public or external');
    }
    for (const module of facts.modules.filter(m => !m.error)) {
      const library =
        declares(module, rateLimitLibraries) ??
        declares(
          module,
          /^(?:golang\.org\/x\/time|github\.com\/go-chi\/httprate|github\.com\/ulule\/limiter|github\.com\/didip\/tollbooth)/,
        );
      if (library)
        return pass({
          message: `${library.name} rate-limits requests (${library.file})`,
          file: library.file,
          ...(library.line ? { line: library.line } : {}),
        });
    }
    const signal = codeSignals(
      facts,
      ['security.gateway-rate-limit', 'security.code-rate-limit'],
      { serverCode: true },
    )[0];
    if (signal) return pass(signalEvidence(signal, 'Rate limiting'));
    return fail({
      message: `Tagged ${exposed.join(
        '/',
      )}, but no rate limiting was found in code or gateway configuration`,
    });
  },
};

const vettedAuthLibraries = artifact(
  'spring-boot-starter-security',
  'spring-boot-starter-oauth2-resource-server',
  'spring-security-config',
  'spring-security-oauth2-resource-server',
  'quarkus-oidc',
  'quarkus-smallrye-jwt',
  'micronaut-security',
  'micronaut-security-jwt',
  'passport',
  'next-auth',
  'express-openid-connect',
  'openid-client',
  'django-allauth',
  'fastapi-users',
  'authlib',
  'flask-login',
  'openidconnect',
);

const vettedAuth: CheckImplementation = {
  id: 'security.vetted-auth',
  evaluate(facts) {
    const modules = facts.modules.filter(
      m => !m.error && (m.ecosystem !== 'node' || m.isServer),
    );
    const vetted = modules
      .map(m =>
        declares(
          m,
          vettedAuthLibraries,
          /^passport-/,
          /^@auth\//,
          /^@supabase\//,
          /^@okta\//,
          /^@clerk\//,
          /^github\.com\/coreos\/go-oidc/,
        ),
      )
      .filter(Boolean);
    const customDeps = modules
      .map(m => declares(m, 'express-jwt', /^io\.jsonwebtoken:jjwt/))
      .filter(Boolean);
    const handRolled = codeSignals(facts, 'security.jwt-hand-rolled', {
      serverCode: true,
    });
    const permitAll = codeSignals(facts, 'security.permit-all-requests');
    const springConfig = codeSignals(facts, 'security.spring-web-security');
    if (
      vetted.length === 0 &&
      customDeps.length === 0 &&
      handRolled.length === 0 &&
      permitAll.length === 0 &&
      springConfig.length === 0
    ) {
      return notApplicable(
        'No authentication code or library found: the service does not handle authentication',
      );
    }
    const problems: Evidence[] = [
      ...customDeps.map(d => ({
        message: `${
          d!.name
        } is declared: token validation is hand-rolled in custom middleware`,
        file: d!.file,
        ...(d!.line ? { line: d!.line } : {}),
      })),
      ...handRolled.map(h => signalEvidence(h, 'Hand-rolled token validation')),
      ...permitAll.map(p => signalEvidence(p, 'Every request is permitted')),
    ];
    const spring = vetted.find(d => /spring/.test(d!.name));
    if (spring && springConfig.length === 0) {
      problems.push({
        message: `${spring.name} is declared but no @EnableWebSecurity or SecurityFilterChain configures it`,
        file: spring.file,
      });
    }
    if (problems.length > 0) return fail(...problems);
    if (vetted.length === 0) {
      return fail({
        message:
          'Authentication is configured without a vetted library (Spring Security, Passport, Auth.js, Supabase, cloud authorizers)',
      });
    }
    return pass(
      ...vetted.map(d => ({
        message: `${d!.name} handles authentication`,
        file: d!.file,
      })),
      ...springConfig
        .slice(0, 1)
        .map(s => signalEvidence(s, 'Spring Security configuration')),
    );
  },
};

const apiVersioning: CheckImplementation = {
  id: 'security.api-versioning',
  evaluate(facts) {
    const documents = [
      ...new Set(
        codeSignals(facts, 'security.openapi-document').map(s => s.file),
      ),
    ];
    if (facts.catalog.providesApis.length === 0 && documents.length === 0) {
      return notApplicable(
        'The component provides no API (no providesApis, no OpenAPI file)',
      );
    }
    const versionedSpec = codeSignals(facts, [
      'security.openapi-versioned-path',
      'security.openapi-versioned-server',
    ]).find(s => documents.includes(s.file));
    if (versionedSpec)
      return pass(
        signalEvidence(versionedSpec, 'The OpenAPI spec is versioned'),
      );
    const header = codeSignals(facts, 'security.api-version-header', {
      serverCode: true,
    })[0];
    if (header)
      return pass(signalEvidence(header, 'The API is versioned by header'));
    const route = codeSignals(facts, 'security.versioned-route', {
      serverCode: true,
    })[0];
    if (route)
      return pass(signalEvidence(route, 'Routes carry a version prefix'));
    return fail({
      message:
        documents.length > 0
          ? `No path or server URL starting with /v{n} in ${documents.join(
              ', ',
            )}, and no version header`
          : 'No OpenAPI spec with /v{n} paths, no versioned routes and no version header',
    });
  },
};

const iamLeastPrivilege: CheckImplementation = {
  id: 'security.iam-least-privilege',
  evaluate(facts) {
    if (!facts.files.some(f => f.endsWith('.tf')))
      return notApplicable('The repository has no Terraform files');
    const options = { includeTests: true };
    const everything = codeSignals(
      facts,
      'security.iam-wildcard-action',
      options,
    );
    const resources = codeSignals(
      facts,
      'security.iam-wildcard-resource',
      options,
    );
    // A service wildcard (`s3:*`) fails only together with all resources, in the same statement (nearby lines).
    const serviceWide = codeSignals(
      facts,
      'security.iam-service-wildcard-action',
      options,
    ).filter(s =>
      resources.some(r => r.file === s.file && Math.abs(r.line - s.line) <= 20),
    );
    const problems = [
      ...everything.map(e =>
        signalEvidence(e, 'IAM policy allows every action'),
      ),
      ...serviceWide.map(s =>
        signalEvidence(
          s,
          'IAM policy allows every action of a service on all resources',
        ),
      ),
    ];
    if (problems.length > 0) return fail(...problems);
    return pass({
      message:
        'No IAM policy grants `*` actions, or `<service>:*` on all resources',
    });
  },
};

/**
 * Security checks about serving requests: validation, headers, rate limits, authentication, versioning,
 * and the IAM policies deployed with the service.
 *
 * @internal
 */
export const serverSecurityChecks: CheckImplementation[] = [
  {
    id: 'security.input-validation',
    evaluate: facts => judgeServers(facts, m => inputValidation(facts, m)),
  },
  {
    id: 'security.http-security-headers',
    evaluate: facts =>
      judgeServers(facts, m =>
        facts.catalog.annotations['stackscore.io/edge-security-headers'] ===
        'true'
          ? pass({
              message: `${label(
                m,
              )}: security headers are set at the edge (stackscore.io/edge-security-headers: "true")`,
            })
          : securityHeaders(facts, m),
      ),
  },
  rateLimiting,
  vettedAuth,
  apiVersioning,
  iamLeastPrivilege,
];
