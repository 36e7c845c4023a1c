import {
  decisionCreateSchema,
  decisionImportSchema,
  decisionSupersedeSchema,
  decisionUpdateSchema,
} from '@stackscore/plugin-stackscore-common';
import {
  body,
  dateTime,
  entityParams,
  error,
  json,
  ref,
  strings,
  uuidIdParam,
} from './openapiParts';

/*
 * The decision-record part of the OpenAPI document. Request bodies are generated from the zod schemas the
 * routes validate with.
 */

const idParam = uuidIdParam;
const content = {
  type: 'object',
  required: [
    'title',
    'status',
    'context',
    'drivers',
    'options',
    'outcome',
    'consequences',
    'date',
    'deciders',
    'scope',
    'links',
    'tags',
  ],
  properties: {
    title: { type: 'string' },
    status: {
      enum: ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'],
    },
    context: { type: 'string' },
    drivers: strings,
    options: {
      type: 'array',
      items: {
        type: 'object',
        required: ['title', 'pros', 'cons'],
        properties: {
          title: { type: 'string' },
          description: { type: 'string' },
          pros: strings,
          cons: strings,
        },
      },
    },
    outcome: { type: 'string' },
    chosenOption: { type: 'string' },
    consequences: { type: 'string' },
    date: { type: 'string', format: 'date' },
    deciders: strings,
    scope: {
      type: 'object',
      required: ['entities'],
      properties: { team: { type: 'string' }, entities: strings },
    },
    links: {
      type: 'object',
      required: ['radarEntries', 'checks'],
      properties: { radarEntries: strings, checks: strings },
    },
    tags: strings,
    templateId: { type: 'string' },
  },
};

/**
 * Schemas the decision paths refer to.
 *
 * @internal
 */
export const decisionSchemas: Record<string, object> = {
  DecisionContent: content,
  Decision: {
    allOf: [
      ref('DecisionContent'),
      {
        type: 'object',
        required: [
          'id',
          'number',
          'scopeKey',
          'version',
          'createdBy',
          'createdAt',
          'updatedBy',
          'updatedAt',
        ],
        properties: {
          id: { type: 'string', format: 'uuid' },
          number: { type: 'integer', minimum: 1 },
          scopeKey: { type: 'string' },
          supersedes: { type: 'string' },
          supersededBy: { type: 'string' },
          version: { type: 'integer', minimum: 1 },
          createdBy: { type: 'string' },
          createdAt: dateTime,
          updatedBy: { type: 'string' },
          updatedAt: dateTime,
        },
      },
    ],
  },
};

const decisionList = {
  type: 'object',
  required: ['items'],
  properties: {
    items: { type: 'array', items: ref('Decision') },
    nextCursor: { type: 'string' },
  },
};

/**
 * The decision paths.
 *
 * @internal
 */
export const decisionPaths: Record<string, Record<string, any>> = {
  '/v1/decisions': {
    get: {
      parameters: [
        'team',
        'entity',
        'radarEntry',
        'check',
        'status',
        'tag',
        'q',
        'cursor',
      ]
        .map(name => ({ name, in: 'query', schema: { type: 'string' } }))
        .concat([
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100 } as any,
          },
        ]),
      responses: {
        '200': json(decisionList, 'Decisions newest first'),
        '400': error('Invalid filter'),
        '401': error('No credentials'),
      },
    },
    post: {
      requestBody: body(decisionCreateSchema),
      responses: {
        '201': json(ref('Decision'), 'The new decision, version 1'),
        '400': error('Invalid decision or unknown link'),
        '401': error('No user credentials'),
        '403': error('Not allowed to create decisions'),
      },
    },
  },
  '/v1/decisions/import': {
    post: {
      requestBody: body(decisionImportSchema),
      responses: {
        '201': json(
          {
            type: 'object',
            required: ['decision', 'warnings'],
            properties: { decision: ref('Decision'), warnings: strings },
          },
          'The imported decision and what the importer could not map',
        ),
        '400': error('Not MADR markdown, or an invalid record'),
        '401': error('No user credentials'),
        '403': error('Not allowed to create decisions'),
      },
    },
  },
  '/v1/decisions/{id}': {
    get: {
      parameters: [idParam],
      responses: {
        '200': json(ref('Decision'), 'The decision'),
        '400': error('Invalid id'),
        '401': error('No credentials'),
        '404': error('No such decision'),
      },
    },
    put: {
      parameters: [idParam],
      requestBody: body(decisionUpdateSchema),
      responses: {
        '200': json(ref('Decision'), 'The changed decision, one version on'),
        '400': error('Invalid change'),
        '401': error('No user credentials'),
        '403': error('Not allowed to change decisions'),
        '404': error('No such decision'),
        '409': error('The decision changed since the given version'),
      },
    },
  },
  '/v1/decisions/{id}/supersede': {
    post: {
      parameters: [idParam],
      requestBody: body(decisionSupersedeSchema),
      responses: {
        '201': json(
          {
            type: 'object',
            required: ['superseded', 'replacement'],
            properties: {
              superseded: ref('Decision'),
              replacement: ref('Decision'),
            },
          },
          'Both records, linked both ways',
        ),
        '400': error('Invalid replacement'),
        '401': error('No user credentials'),
        '403': error('Not allowed to supersede decisions'),
        '404': error('No such decision'),
        '409': error('Changed since the given version, or already superseded'),
      },
    },
  },
  '/v1/decisions/{id}/history': {
    get: {
      parameters: [idParam],
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
                    'version',
                    'at',
                    'by',
                    'action',
                    'changes',
                    'snapshot',
                  ],
                  properties: {
                    version: { type: 'integer' },
                    at: dateTime,
                    by: { type: 'string' },
                    action: {
                      enum: ['created', 'updated', 'superseded', 'imported'],
                    },
                    changes: strings,
                    snapshot: ref('DecisionContent'),
                  },
                },
              },
            },
          },
          'Every version, oldest first',
        ),
        '400': error('Invalid id'),
        '401': error('No credentials'),
        '404': error('No such decision'),
      },
    },
  },
  '/v1/decisions/{id}/madr': {
    get: {
      parameters: [idParam],
      responses: {
        '200': {
          description: 'The decision as a MADR markdown file',
          content: { 'text/markdown': { schema: { type: 'string' } } },
        },
        '400': error('Invalid id'),
        '401': error('No credentials'),
        '404': error('No such decision'),
      },
    },
  },
  '/v1/entities/{kind}/{namespace}/{name}/decisions': {
    get: {
      parameters: entityParams,
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['decisions', 'repository'],
            properties: {
              decisions: { type: 'array', items: ref('Decision') },
              repository: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['file', 'format'],
                  properties: {
                    file: { type: 'string' },
                    title: { type: 'string' },
                    status: { type: 'string' },
                    date: { type: 'string' },
                    format: { enum: ['madr', 'nygard', 'unknown'] },
                    error: { type: 'string' },
                  },
                },
              },
              repositoryProblem: { type: 'string' },
            },
          },
          'Portal decisions about the entity and the ADR files in its repository',
        ),
        '400': error('Invalid entity'),
        '401': error('No credentials'),
      },
    },
  },
};
