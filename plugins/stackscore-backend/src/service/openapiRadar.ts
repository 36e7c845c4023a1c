import {
  radarEntryCreateSchema,
  radarEntryUpdateSchema,
  stackRecommendRequestSchema,
} from '@stackscore/plugin-stackscore-common';
import { body, dateTime, error, json, ref } from './openapiParts';

/*
 * The radar and stack-decision part of the OpenAPI document. Request bodies are generated from the zod
 * schemas the routes validate with, so the document cannot drift from what is accepted.
 */

const ring = { enum: ['adopt', 'trial', 'assess', 'hold'] };
const quadrant = {
  enum: ['languages-frameworks', 'tools', 'platforms', 'techniques'],
};
const location = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string' }, line: { type: 'integer' } },
};
const reference = {
  type: 'object',
  required: ['document', 'section'],
  properties: {
    document: { type: 'string' },
    section: { type: 'string' },
    lines: { type: 'string' },
  },
};
const users = {
  type: 'array',
  items: {
    type: 'object',
    required: ['entityRef', 'since', 'evidence'],
    properties: {
      entityRef: { type: 'string' },
      since: dateTime,
      evidence: { type: 'array', items: location },
    },
  },
};
const teamParams = [
  { name: 'namespace', in: 'path', required: true, schema: { type: 'string' } },
  { name: 'name', in: 'path', required: true, schema: { type: 'string' } },
  {
    name: 'includeSubgroups',
    in: 'query',
    schema: { enum: ['true', 'false'] },
  },
];
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
};

/**
 * Schemas the radar and stack paths refer to.
 *
 * @internal
 */
export const radarSchemas: Record<string, object> = {
  RadarEntry: {
    type: 'object',
    required: [
      'id',
      'title',
      'quadrant',
      'ring',
      'description',
      'references',
      'createdAt',
      'updatedAt',
      'updatedBy',
      'timeline',
      'services',
    ],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      quadrant,
      ring,
      description: { type: 'string' },
      references: { type: 'array', items: reference },
      conflict: {
        type: 'object',
        required: ['summary', 'references', 'relatedEntryIds'],
        properties: {
          summary: { type: 'string' },
          references: { type: 'array', items: reference },
          relatedEntryIds: { type: 'array', items: { type: 'string' } },
        },
      },
      usage: { type: 'object' },
      seedVersion: { type: 'string' },
      createdAt: dateTime,
      updatedAt: dateTime,
      updatedBy: { type: 'string' },
      timeline: {
        type: 'array',
        items: {
          type: 'object',
          required: ['date', 'to', 'reason', 'by'],
          properties: {
            date: dateTime,
            from: ring,
            to: ring,
            reason: { type: 'string' },
            by: { type: 'string' },
            decisionId: { type: 'string' },
          },
        },
      },
      services: {
        type: 'integer',
        minimum: 0,
        description: 'Scored services using the entry',
      },
    },
  },
};

/**
 * The radar and stack-decision paths.
 *
 * @internal
 */
export const radarPaths: Record<string, Record<string, any>> = {
  '/v1/radar': {
    get: {
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['entries'],
            properties: {
              entries: { type: 'array', items: ref('RadarEntry') },
            },
          },
          'The org radar: every entry with its timeline and usage count',
        ),
        '400': error('Unknown query parameters'),
        '401': error('No credentials'),
      },
    },
  },
  '/v1/radar/unknown': {
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
                  required: ['key', 'kind', 'name', 'services', 'owners'],
                  properties: {
                    key: { type: 'string' },
                    kind: { type: 'string' },
                    name: { type: 'string' },
                    services: { type: 'integer', minimum: 1 },
                    owners: { type: 'array', items: { type: 'string' } },
                  },
                },
              },
            },
          },
          'Technologies in use that no radar entry covers, most used first',
        ),
        '400': error('Unknown query parameters'),
        '401': error('No credentials'),
      },
    },
  },
  '/v1/radar/entries': {
    post: {
      requestBody: body(radarEntryCreateSchema),
      responses: {
        '201': json(ref('RadarEntry'), 'The new entry'),
        '400': error('Invalid entry'),
        '401': error('No user credentials'),
        '403': error('Not allowed to add radar entries'),
        '409': error('The id is taken'),
      },
    },
  },
  '/v1/radar/entries/{id}': {
    get: {
      parameters: [idParam],
      responses: {
        '200': json(
          {
            allOf: [
              ref('RadarEntry'),
              {
                type: 'object',
                required: ['users'],
                properties: {
                  users: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['entityRef', 'since'],
                      properties: {
                        entityRef: { type: 'string' },
                        owner: { type: 'string' },
                        since: dateTime,
                      },
                    },
                  },
                },
              },
            ],
          },
          'The entry with the services that use it',
        ),
        '400': error('Invalid id'),
        '401': error('No credentials'),
        '404': error('No such entry'),
      },
    },
    put: {
      parameters: [idParam],
      requestBody: body(radarEntryUpdateSchema),
      responses: {
        '200': json(
          ref('RadarEntry'),
          'The changed entry; a ring move is on its timeline',
        ),
        '400': error('Invalid change, e.g. a ring move without a reason'),
        '401': error('No user credentials'),
        '403': error('Not allowed to change radar entries'),
        '404': error('No such entry'),
      },
    },
  },
  '/v1/radar/teams/{namespace}/{name}': {
    get: {
      parameters: teamParams,
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['team', 'services', 'entries', 'holds', 'unknown'],
            properties: {
              team: ref('Team'),
              services: { type: 'integer', minimum: 0 },
              entries: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'title', 'quadrant', 'ring', 'services'],
                  properties: {
                    id: { type: 'string' },
                    title: { type: 'string' },
                    quadrant,
                    ring,
                    services: users,
                  },
                },
              },
              holds: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'title', 'services'],
                  properties: {
                    id: { type: 'string' },
                    title: { type: 'string' },
                    services: users,
                  },
                },
              },
              unknown: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['key', 'kind', 'name', 'services'],
                  properties: {
                    key: { type: 'string' },
                    kind: { type: 'string' },
                    name: { type: 'string' },
                    services: users,
                  },
                },
              },
            },
          },
          "The team's radar from what its services use, with hold flags and technologies the radar lacks",
        ),
        '400': error('Invalid team or query'),
        '401': error('No credentials'),
        '404': error('No such group'),
      },
    },
  },
  '/v1/stack/recommend': {
    post: {
      requestBody: body(stackRecommendRequestSchema),
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['ranked'],
            properties: {
              ranked: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['language', 'score', 'frameworks', 'reasons'],
                  properties: {
                    language: { type: 'string' },
                    score: { type: 'number' },
                    frameworks: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['name', 'why'],
                        properties: {
                          name: { type: 'string' },
                          radarEntryId: { type: 'string' },
                          why: { type: 'string' },
                        },
                      },
                    },
                    reasons: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['text', 'reference'],
                        properties: { text: { type: 'string' }, reference },
                      },
                    },
                  },
                },
              },
            },
          },
          'Languages ranked best first, each reason citing its source',
        ),
        '400': error('Unknown requirement, constraint or field'),
        '401': error('No credentials'),
      },
    },
  },
  '/v1/stack/teams/{namespace}/{name}': {
    get: {
      parameters: teamParams,
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['team', 'services', 'languages', 'frameworks'],
            properties: {
              team: ref('Team'),
              services: {
                type: 'array',
                items: {
                  type: 'object',
                  required: [
                    'entityRef',
                    'languages',
                    'frameworks',
                    'findings',
                  ],
                  properties: {
                    entityRef: { type: 'string' },
                    languages: { type: 'array', items: { type: 'string' } },
                    frameworks: { type: 'array', items: { type: 'string' } },
                    p99TargetMs: { type: 'number' },
                    rpsTarget: { type: 'number' },
                    findings: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['severity', 'text', 'reference'],
                        properties: {
                          severity: { enum: ['warning', 'info'] },
                          text: { type: 'string' },
                          reference,
                        },
                      },
                    },
                  },
                },
              },
              languages: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['language', 'services'],
                  properties: {
                    language: { type: 'string' },
                    services: { type: 'integer' },
                  },
                },
              },
              frameworks: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['framework', 'services'],
                  properties: {
                    framework: { type: 'string' },
                    services: { type: 'integer' },
                  },
                },
              },
            },
          },
          "The team's languages and frameworks per service, compared with the decision framework",
        ),
        '400': error('Invalid team or query'),
        '401': error('No credentials'),
        '404': error('No such group'),
      },
    },
  },
};
