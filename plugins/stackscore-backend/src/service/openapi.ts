/*
 * The OpenAPI 3.1 description of /api/stackscore/v1, served at /v1/openapi.json. Schemas are JSON Schema
 * 2020-12; the router tests validate real responses against them, so the document cannot drift from the API.
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  '400': json(
    ref('Error'),
    'Invalid input; the message names the failing field',
  ),
  '401': json(ref('Error'), 'Missing or invalid credentials'),
  '403': json(ref('Error'), 'Not permitted'),
  '404': json(ref('Error'), 'Not found'),
};
const entityParams = ['kind', 'namespace', 'name'].map(name => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
}));
const level = { enum: ['none', 'bronze', 'silver', 'gold'] };
const checkLevel = { enum: ['bronze', 'silver', 'gold'] };
const severity = { enum: ['critical', 'high', 'medium', 'low'] };
const scorecardId = {
  enum: ['slo', 'observability', 'security', 'supply-chain'],
};
const dateTime = { type: 'string', format: 'date-time' };

const schemas: Record<string, object> = {
  Error: {
    type: 'object',
    required: ['error', 'response'],
    properties: {
      error: {
        type: 'object',
        required: ['name', 'message'],
        properties: { name: { type: 'string' }, message: { type: 'string' } },
      },
      request: { type: 'object' },
      response: {
        type: 'object',
        required: ['statusCode'],
        properties: { statusCode: { type: 'integer' } },
      },
    },
  },
  Evidence: {
    type: 'object',
    required: ['message'],
    additionalProperties: false,
    properties: {
      message: { type: 'string' },
      file: { type: 'string' },
      line: { type: 'integer', minimum: 1 },
    },
  },
  CheckResult: {
    type: 'object',
    required: [
      'checkId',
      'scorecard',
      'level',
      'severity',
      'status',
      'evidence',
    ],
    additionalProperties: false,
    properties: {
      checkId: { type: 'string' },
      scorecard: scorecardId,
      level: checkLevel,
      severity,
      status: { enum: ['pass', 'fail', 'not-applicable', 'error'] },
      evidence: { type: 'array', items: ref('Evidence') },
      exempted: { type: 'boolean' },
    },
  },
  ScorecardScore: {
    type: 'object',
    required: ['id', 'level', 'score', 'passed', 'applicable'],
    additionalProperties: false,
    properties: {
      id: scorecardId,
      level,
      score: { type: 'number', minimum: 0, maximum: 1 },
      passed: { type: 'integer', minimum: 0 },
      applicable: { type: 'integer', minimum: 0 },
    },
  },
  CheckDefinition: {
    type: 'object',
    required: [
      'id',
      'scorecard',
      'title',
      'description',
      'level',
      'severity',
      'applicability',
      'runtime',
      'remediation',
      'references',
    ],
    properties: {
      id: { type: 'string' },
      scorecard: scorecardId,
      title: { type: 'string' },
      description: { type: 'string' },
      level: checkLevel,
      severity,
      applicability: { type: 'object' },
      runtime: { type: 'boolean' },
      remediation: {
        type: 'object',
        required: ['summary'],
        properties: { summary: { type: 'string' } },
      },
      references: {
        type: 'array',
        items: {
          type: 'object',
          required: ['document', 'section'],
          properties: {
            document: { type: 'string' },
            section: { type: 'string' },
          },
        },
      },
    },
  },
  EntityScores: {
    type: 'object',
    required: [
      'entity',
      'entityRef',
      'ecosystems',
      'scoredAt',
      'source',
      'catalogueVersion',
      'scorecards',
      'results',
    ],
    properties: {
      entity: {
        type: 'object',
        required: ['kind', 'namespace', 'name'],
        properties: {
          kind: { type: 'string' },
          namespace: { type: 'string' },
          name: { type: 'string' },
        },
      },
      entityRef: { type: 'string' },
      owner: { type: 'string' },
      system: { type: 'string' },
      lifecycle: { type: 'string' },
      ecosystems: { type: 'array', items: { type: 'string' } },
      scoredAt: dateTime,
      source: {
        type: 'object',
        properties: {
          location: { type: 'string' },
          problem: { type: 'string' },
        },
      },
      catalogueVersion: { type: 'string' },
      scorecards: { type: 'array', items: ref('ScorecardScore') },
      results: { type: 'array', items: ref('CheckResult') },
    },
  },
  Run: {
    type: 'object',
    required: [
      'id',
      'trigger',
      'status',
      'total',
      'done',
      'failed',
      'skipped',
      'startedAt',
      'failures',
      'durationMs',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      trigger: { enum: ['schedule', 'manual', 'event'] },
      status: { enum: ['running', 'succeeded', 'partial', 'failed'] },
      shard: { type: 'integer' },
      shards: { type: 'integer' },
      total: { type: 'integer', minimum: 0 },
      done: { type: 'integer', minimum: 0 },
      failed: { type: 'integer', minimum: 0 },
      skipped: { type: 'integer', minimum: 0 },
      startedAt: dateTime,
      finishedAt: dateTime,
      durationMs: { type: 'integer', minimum: 0 },
      failures: {
        type: 'array',
        items: {
          type: 'object',
          required: ['entityRef', 'message'],
          properties: {
            entityRef: { type: 'string' },
            message: { type: 'string' },
          },
        },
      },
    },
  },
};

/**
 * The OpenAPI document of the Stackscore REST API.
 *
 * @internal
 */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Stackscore',
    version: '1',
    description:
      'Scorecards, runs and the check catalogue of the Stackscore Backstage plugin. Every route except /v1/health needs a Backstage user token or a static API token.',
  },
  servers: [{ url: '/api/stackscore' }],
  components: {
    schemas,
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  },
  security: [{ bearer: [] }],
  paths: {
    '/v1/health': {
      get: {
        security: [],
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['status', 'catalogueVersion'],
              properties: {
                status: { const: 'ok' },
                catalogueVersion: { type: 'string' },
              },
            },
            'The backend and its database answer',
          ),
          '503': json(ref('Error'), 'The database cannot be reached'),
        },
      },
    },
    '/v1/openapi.json': {
      get: {
        security: [],
        responses: { '200': json({ type: 'object' }, 'This document') },
      },
    },
    '/v1/scorecards': {
      get: {
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['items'],
              properties: {
                items: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: [
                      'id',
                      'title',
                      'description',
                      'levels',
                      'checkCounts',
                      'totalChecks',
                      'checks',
                    ],
                    properties: {
                      id: scorecardId,
                      title: { type: 'string' },
                      description: { type: 'string' },
                      levels: { type: 'array', items: checkLevel },
                      checkCounts: {
                        type: 'object',
                        required: ['bronze', 'silver', 'gold'],
                        additionalProperties: { type: 'integer' },
                      },
                      totalChecks: { type: 'integer' },
                      checks: {
                        type: 'array',
                        items: {
                          type: 'object',
                          required: ['id', 'title', 'level', 'severity'],
                          properties: {
                            id: { type: 'string' },
                            title: { type: 'string' },
                            level: checkLevel,
                            severity,
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
            'The four scorecards with their checks',
          ),
          '401': errors['401'],
        },
      },
    },
    '/v1/checks': {
      get: {
        parameters: [{ name: 'scorecard', in: 'query', schema: scorecardId }],
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['catalogueVersion', 'items'],
              properties: {
                catalogueVersion: { type: 'string' },
                items: { type: 'array', items: ref('CheckDefinition') },
              },
            },
            'The check catalogue in force',
          ),
          '400': errors['400'],
          '401': errors['401'],
        },
      },
    },
    '/v1/entities/{kind}/{namespace}/{name}/scores': {
      get: {
        parameters: entityParams,
        responses: {
          '200': json(
            ref('EntityScores'),
            'Stored scores, levels honouring active exemptions',
          ),
          '401': errors['401'],
          '404': errors['404'],
        },
      },
    },
    '/v1/entities/{kind}/{namespace}/{name}/refresh': {
      post: {
        parameters: entityParams,
        responses: {
          '200': json(ref('EntityScores'), 'The entity rescored now'),
          '401': errors['401'],
          '403': errors['403'],
          '404': errors['404'],
        },
      },
    },
    '/v1/runs': {
      get: {
        parameters: [
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100 },
          },
          { name: 'before', in: 'query', schema: dateTime },
        ],
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['items'],
              properties: {
                items: { type: 'array', items: ref('Run') },
                nextCursor: dateTime,
              },
            },
            'Runs, newest first',
          ),
          '400': errors['400'],
          '401': errors['401'],
        },
      },
      post: {
        responses: {
          '202': json(ref('Run'), 'A run over the whole catalog has started'),
          '401': errors['401'],
          '403': errors['403'],
        },
      },
    },
    '/v1/runs/{id}': {
      get: {
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string', format: 'uuid' },
          },
        ],
        responses: {
          '200': json(ref('Run'), 'One run, with live progress while it runs'),
          '400': errors['400'],
          '401': errors['401'],
          '404': errors['404'],
        },
      },
    },
  } as Record<string, Record<string, any>>,
};
