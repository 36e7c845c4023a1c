/*
 * The OpenAPI 3.1 description of /api/stackscore/v1, served at /v1/openapi.json. Schemas are JSON Schema
 * 2020-12; the router tests validate real responses against them, so the document cannot drift from the API.
 */
import { radarPaths, radarSchemas } from './openapiRadar';
import { decisionPaths, decisionSchemas } from './openapiDecisions';
import { remediationPaths, remediationSchemas } from './openapiRemediation';
import {
  checkLevel,
  dateTime,
  entityParams,
  json,
  ref,
  severity,
} from './openapiParts';

const errors = {
  '400': json(
    ref('Error'),
    'Invalid input; the message names the failing field',
  ),
  '401': json(ref('Error'), 'Missing or invalid credentials'),
  '403': json(ref('Error'), 'Not permitted'),
  '404': json(ref('Error'), 'Not found'),
};
const level = { enum: ['none', 'bronze', 'silver', 'gold'] };
const scorecardId = {
  enum: ['slo', 'observability', 'security', 'supply-chain'],
};

const levelCounts = {
  type: 'object',
  required: ['none', 'bronze', 'silver', 'gold'],
  additionalProperties: { type: 'integer', minimum: 0 },
};
const distribution = { type: 'object', additionalProperties: levelCounts };
const averages = { type: 'object', additionalProperties: { type: 'number' } };
const filterParams = ['lifecycle', 'system', 'tag', 'kind'].map(name => ({
  name,
  in: 'query',
  schema: { type: 'string' },
}));
const day = { type: 'string', format: 'date' };
const teamParams = [
  ...['namespace', 'name'].map(name => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  })),
  {
    name: 'includeSubgroups',
    in: 'query',
    schema: { enum: ['true', 'false'] },
  },
];
const rangeParams = [
  { name: 'scorecard', in: 'query', schema: scorecardId },
  { name: 'from', in: 'query', schema: day },
  { name: 'to', in: 'query', schema: day },
];
const pageParams = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'cursor', in: 'query', schema: { type: 'string' } },
];

const schemas: Record<string, object> = {
  Exemption: {
    type: 'object',
    required: [
      'id',
      'entityRef',
      'checkId',
      'reason',
      'createdBy',
      'createdAt',
      'expiresAt',
      'active',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      entityRef: { type: 'string' },
      checkId: { type: 'string' },
      reason: { type: 'string' },
      createdBy: { type: 'string' },
      createdAt: dateTime,
      expiresAt: dateTime,
      revokedAt: dateTime,
      revokedBy: { type: 'string' },
      active: { type: 'boolean' },
    },
  },
  RollupEntity: {
    type: 'object',
    required: [
      'entityRef',
      'kind',
      'namespace',
      'name',
      'tags',
      'scoredAt',
      'scorecards',
    ],
    properties: {
      entityRef: { type: 'string' },
      kind: { type: 'string' },
      namespace: { type: 'string' },
      name: { type: 'string' },
      owner: { type: ['string', 'null'] },
      lifecycle: { type: ['string', 'null'] },
      system: { type: ['string', 'null'] },
      type: { type: ['string', 'null'] },
      tags: { type: 'array', items: { type: 'string' } },
      scoredAt: dateTime,
      scorecards: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          required: ['level', 'score'],
          properties: { level, score: { type: 'number' } },
        },
      },
      score: { type: 'number' },
    },
  },
  Team: {
    type: 'object',
    required: ['ref', 'subgroups'],
    properties: {
      ref: { type: 'string' },
      title: { type: 'string' },
      subgroups: {
        type: 'array',
        items: { type: 'string' },
        description: 'Empty when subgroups are not included',
      },
    },
  },
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
      exemptions: { type: 'array', items: ref('Exemption') },
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
    schemas: {
      ...schemas,
      ...radarSchemas,
      ...decisionSchemas,
      ...remediationSchemas,
    },
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
    '/v1/exemptions': {
      get: {
        parameters: [
          { name: 'entityRef', in: 'query', schema: { type: 'string' } },
          { name: 'checkId', in: 'query', schema: { type: 'string' } },
          { name: 'active', in: 'query', schema: { enum: ['true', 'false'] } },
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
                items: { type: 'array', items: ref('Exemption') },
                nextCursor: dateTime,
              },
            },
            'Exemptions, newest first',
          ),
          '400': errors['400'],
          '401': errors['401'],
        },
      },
      post: {
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['entityRef', 'checkId', 'reason', 'expiresAt'],
                additionalProperties: false,
                properties: {
                  entityRef: { type: 'string' },
                  checkId: { type: 'string' },
                  reason: { type: 'string', minLength: 1, maxLength: 2000 },
                  expiresAt: dateTime,
                },
              },
            },
          },
        },
        responses: {
          '201': json(
            ref('Exemption'),
            'The exemption; levels honour it until it expires',
          ),
          '400': errors['400'],
          '401': errors['401'],
          '403': errors['403'],
          '404': errors['404'],
        },
      },
    },
    '/v1/exemptions/{id}': {
      delete: {
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string', format: 'uuid' },
          },
        ],
        responses: {
          '200': json(ref('Exemption'), 'The revoked exemption'),
          '400': errors['400'],
          '401': errors['401'],
          '403': errors['403'],
          '404': errors['404'],
        },
      },
    },
    '/v1/entities/{kind}/{namespace}/{name}/history': {
      get: {
        parameters: [...entityParams, ...rangeParams],
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['entityRef', 'from', 'to', 'points'],
              properties: {
                entityRef: { type: 'string' },
                from: day,
                to: day,
                points: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['day', 'scorecard', 'level', 'score'],
                    properties: {
                      day,
                      scorecard: scorecardId,
                      level,
                      score: { type: 'number' },
                    },
                  },
                },
              },
            },
            'Daily score points',
          ),
          '400': errors['400'],
          '401': errors['401'],
          '404': errors['404'],
        },
      },
    },
    '/v1/teams/{namespace}/{name}/scores': {
      get: {
        parameters: [
          ...teamParams,
          { name: 'sort', in: 'query', schema: { type: 'string' } },
          { name: 'order', in: 'query', schema: { enum: ['asc', 'desc'] } },
          ...pageParams,
          ...filterParams,
        ],
        responses: {
          '200': json(
            {
              type: 'object',
              required: [
                'team',
                'items',
                'levelDistribution',
                'averages',
                'total',
              ],
              properties: {
                team: ref('Team'),
                items: { type: 'array', items: ref('RollupEntity') },
                nextCursor: { type: 'string' },
                levelDistribution: distribution,
                averages,
                total: { type: 'integer', minimum: 0 },
              },
            },
            'A team’s services × scorecards',
          ),
          '400': errors['400'],
          '401': errors['401'],
          '404': errors['404'],
        },
      },
    },
    '/v1/teams/{namespace}/{name}/history': {
      get: {
        parameters: [...teamParams, ...rangeParams],
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['team', 'from', 'to', 'points'],
              properties: {
                team: ref('Team'),
                from: day,
                to: day,
                points: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: [
                      'day',
                      'scorecard',
                      'entities',
                      'averageScore',
                      'levelDistribution',
                    ],
                    additionalProperties: false,
                    properties: {
                      day,
                      scorecard: scorecardId,
                      entities: { type: 'integer', minimum: 1 },
                      averageScore: { type: 'number', minimum: 0, maximum: 1 },
                      levelDistribution: levelCounts,
                    },
                  },
                },
              },
            },
            'Per day and scorecard, the mean score and level counts of the entities the team (and its subgroups, unless excluded) owns now; an entity that changed team brings its history along',
          ),
          '400': errors['400'],
          '401': errors['401'],
          '404': errors['404'],
        },
      },
    },
    '/v1/overview': {
      get: {
        parameters: filterParams,
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['totals', 'teams', 'mostFailedChecks'],
              properties: {
                totals: {
                  type: 'object',
                  required: ['entities', 'levelDistribution', 'averages'],
                  properties: {
                    entities: { type: 'integer' },
                    levelDistribution: distribution,
                    averages,
                  },
                },
                teams: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: [
                      'ref',
                      'entities',
                      'levelDistribution',
                      'averages',
                    ],
                    properties: {
                      ref: { type: ['string', 'null'] },
                      title: { type: 'string' },
                      entities: { type: 'integer' },
                      levelDistribution: distribution,
                      averages,
                    },
                  },
                },
                mostFailedChecks: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['checkId', 'failing', 'applicable'],
                    properties: {
                      checkId: { type: 'string' },
                      failing: { type: 'integer' },
                      applicable: { type: 'integer' },
                    },
                  },
                },
              },
            },
            'Organisation totals, teams and the most-failed checks',
          ),
          '400': errors['400'],
          '401': errors['401'],
        },
      },
    },
    '/v1/checks/{checkId}/entities': {
      get: {
        parameters: [
          {
            name: 'checkId',
            in: 'path',
            required: true,
            schema: { type: 'string' },
          },
          {
            name: 'status',
            in: 'query',
            schema: { enum: ['pass', 'fail', 'not-applicable', 'error'] },
          },
          { name: 'owner', in: 'query', schema: { type: 'string' } },
          ...pageParams,
          ...filterParams,
        ],
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['checkId', 'items'],
              properties: {
                checkId: { type: 'string' },
                nextCursor: { type: 'string' },
                items: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: [
                      'entityRef',
                      'status',
                      'level',
                      'severity',
                      'evidence',
                      'exempted',
                    ],
                    properties: {
                      entityRef: { type: 'string' },
                      owner: { type: ['string', 'null'] },
                      status: {
                        enum: ['pass', 'fail', 'not-applicable', 'error'],
                      },
                      level: checkLevel,
                      severity,
                      evidence: { type: 'array', items: ref('Evidence') },
                      exempted: { type: 'boolean' },
                    },
                  },
                },
              },
            },
            'Entities with the given status for the check',
          ),
          '400': errors['400'],
          '401': errors['401'],
          '404': errors['404'],
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
    ...radarPaths,
    ...decisionPaths,
    ...remediationPaths,
  } as Record<string, Record<string, any>>,
};
