import {
  campaignCreateSchema,
  campaignUpdateSchema,
  remediationStatuses,
  remediationUpdateSchema,
} from '@stackscore/plugin-stackscore-common';
import {
  body,
  checkLevel,
  dateTime,
  entityParams,
  error,
  json,
  ref,
  severity,
  strings,
  uuidIdParam,
} from './openapiParts';

/*
 * The remediation and campaign part of the OpenAPI document. Request bodies are generated from the zod schemas
 * the routes validate with.
 */

const day = { type: 'string', format: 'date' };
const idParam = uuidIdParam;
const health = {
  enum: ['not-started', 'on-track', 'at-risk', 'overdue', 'complete'],
};
const progressProperties = {
  inScope: { type: 'integer', minimum: 0 },
  compliant: { type: 'integer', minimum: 0 },
  ratio: { type: 'number', minimum: 0, maximum: 1 },
};

/**
 * Schemas the remediation and campaign paths refer to.
 *
 * @internal
 */
export const remediationSchemas: Record<string, object> = {
  RemediationItem: {
    type: 'object',
    required: [
      'id',
      'entityRef',
      'checkId',
      'scorecard',
      'level',
      'severity',
      'status',
      'openedAt',
      'failingSince',
      'updatedAt',
      'overdue',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      entityRef: { type: 'string' },
      owner: { type: 'string' },
      checkId: { type: 'string' },
      scorecard: { type: 'string' },
      level: checkLevel,
      severity,
      status: { enum: [...remediationStatuses] },
      assignee: { type: 'string' },
      dueDate: day,
      dueSource: { enum: ['manual', 'campaign'] },
      dueCampaignId: { type: 'string', format: 'uuid' },
      ticketUrl: { type: 'string' },
      notes: { type: 'string' },
      openedAt: dateTime,
      failingSince: dateTime,
      resolvedAt: dateTime,
      updatedAt: dateTime,
      overdue: { type: 'boolean' },
    },
  },
  RemediationList: {
    type: 'object',
    required: ['items', 'totalCount', 'statusCounts'],
    properties: {
      items: { type: 'array', items: ref('RemediationItem') },
      totalCount: { type: 'integer', minimum: 0 },
      statusCounts: {
        type: 'object',
        required: [...remediationStatuses],
        properties: Object.fromEntries(
          remediationStatuses.map(s => [s, { type: 'integer', minimum: 0 }]),
        ),
      },
    },
  },
  Campaign: {
    type: 'object',
    required: [
      'id',
      'title',
      'description',
      'target',
      'scope',
      'startDate',
      'deadline',
      'owner',
      'version',
      'createdBy',
      'createdAt',
      'updatedBy',
      'updatedAt',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      title: { type: 'string' },
      description: { type: 'string' },
      target: {
        oneOf: [
          {
            type: 'object',
            required: ['type', 'checks'],
            properties: { type: { const: 'checks' }, checks: strings },
          },
          {
            type: 'object',
            required: ['type', 'scorecard', 'level'],
            properties: {
              type: { const: 'level' },
              scorecard: { type: 'string' },
              level: { enum: ['bronze', 'silver', 'gold'] },
            },
          },
        ],
      },
      scope: {
        type: 'object',
        required: [
          'owners',
          'includeSubgroups',
          'lifecycles',
          'tags',
          'systems',
        ],
        properties: {
          owners: strings,
          includeSubgroups: { type: 'boolean' },
          lifecycles: strings,
          tags: strings,
          systems: strings,
        },
      },
      startDate: day,
      deadline: day,
      owner: { type: 'string' },
      version: { type: 'integer', minimum: 1 },
      createdBy: { type: 'string' },
      createdAt: dateTime,
      updatedBy: { type: 'string' },
      updatedAt: dateTime,
    },
  },
  CampaignSummary: {
    type: 'object',
    required: ['campaign', 'progress', 'health', 'daysLeft'],
    properties: {
      campaign: ref('Campaign'),
      progress: {
        type: 'object',
        required: ['inScope', 'compliant', 'ratio'],
        properties: progressProperties,
      },
      health,
      daysLeft: { type: 'integer' },
    },
  },
};

const failingEntities = {
  type: 'array',
  items: {
    type: 'object',
    required: ['entityRef', 'failingChecks', 'items'],
    properties: {
      entityRef: { type: 'string' },
      owner: { type: 'string' },
      failingChecks: strings,
      items: { type: 'array', items: ref('RemediationItem') },
    },
  },
};

const campaignDetail = {
  allOf: [
    ref('CampaignSummary'),
    {
      type: 'object',
      required: ['teams', 'burnDown', 'overdue', 'atRisk'],
      properties: {
        teams: {
          type: 'array',
          items: {
            type: 'object',
            required: ['owner', 'inScope', 'compliant', 'ratio', 'health'],
            properties: {
              owner: { type: 'string' },
              ...progressProperties,
              health,
            },
          },
        },
        burnDown: {
          type: 'array',
          items: {
            type: 'object',
            required: ['day', 'remaining', 'ideal'],
            properties: {
              day,
              remaining: { type: 'integer', minimum: 0 },
              ideal: { type: 'number', minimum: 0 },
            },
          },
        },
        overdue: failingEntities,
        atRisk: failingEntities,
      },
    },
  ],
};

const listParameters = [
  ['owner', 'Owner refs, comma-separated'],
  ['includeSubgroups', 'With owner: "true" adds subgroups\' entities'],
  ['status', `Comma-separated: ${remediationStatuses.join(', ')}`],
  ['campaign', 'Campaign id'],
  ['check', 'Check id'],
  ['entity', 'Entity ref'],
  ['assignee', 'User ref'],
]
  .map(([name, description]) => ({
    name,
    in: 'query',
    description,
    schema: { type: 'string' } as object,
  }))
  .concat(
    ['limit', 'offset'].map(name => ({
      name,
      in: 'query',
      description: name === 'limit' ? '1–500, default 100' : 'default 0',
      schema: { type: 'integer', minimum: name === 'limit' ? 1 : 0 },
    })),
  );

/**
 * The remediation and campaign paths.
 *
 * @internal
 */
export const remediationPaths: Record<string, Record<string, any>> = {
  '/v1/remediations': {
    get: {
      summary: 'Remediation items, most urgent first',
      parameters: listParameters,
      responses: {
        '200': json(
          ref('RemediationList'),
          'A page of items and counts per status',
        ),
        '400': error('Invalid filter'),
        '401': error('No credentials'),
      },
    },
  },
  '/v1/remediations/{id}': {
    get: {
      parameters: [idParam],
      responses: {
        '200': json(ref('RemediationItem'), 'The item'),
        '400': error('Invalid id'),
        '401': error('No credentials'),
        '404': error('No such item'),
      },
    },
    patch: {
      summary:
        'Change status (open, in-progress), assignee, due date, ticket or notes; null clears',
      parameters: [idParam],
      requestBody: body(remediationUpdateSchema),
      responses: {
        '200': json(ref('RemediationItem'), 'The changed item'),
        '400': error('Invalid change'),
        '401': error('No user credentials'),
        '403': error('Not an owner of the entity, nor an admin'),
        '404': error('No such item'),
        '409': error(
          'The item is resolved or exempted; its status follows the check',
        ),
      },
    },
  },
  '/v1/remediations/{id}/events': {
    get: {
      parameters: [idParam],
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['item', 'events'],
            properties: {
              item: ref('RemediationItem'),
              events: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'itemId', 'at', 'actor', 'type'],
                  properties: {
                    id: { type: 'integer' },
                    itemId: { type: 'string', format: 'uuid' },
                    at: dateTime,
                    actor: { type: 'string' },
                    type: { type: 'string' },
                    from: { type: 'string' },
                    to: { type: 'string' },
                  },
                },
              },
            },
          },
          'The item and every change to it, oldest first',
        ),
        '400': error('Invalid id'),
        '401': error('No credentials'),
        '404': error('No such item'),
      },
    },
  },
  '/v1/entities/{kind}/{namespace}/{name}/remediations': {
    get: {
      parameters: entityParams.concat(
        listParameters.filter(p =>
          ['status', 'limit', 'offset'].includes(p.name),
        ),
      ),
      responses: {
        '200': json(ref('RemediationList'), "The entity's items"),
        '400': error('Invalid filter'),
        '401': error('No credentials'),
      },
    },
  },
  '/v1/campaigns': {
    get: {
      responses: {
        '200': json(
          {
            type: 'object',
            required: ['items'],
            properties: {
              items: { type: 'array', items: ref('CampaignSummary') },
            },
          },
          'Every campaign with its progress, nearest deadline first',
        ),
        '400': error('Unknown query parameter'),
        '401': error('No credentials'),
      },
    },
    post: {
      requestBody: body(campaignCreateSchema),
      responses: {
        '201': json(ref('Campaign'), 'The new campaign, version 1'),
        '400': error('Invalid campaign or unknown check'),
        '401': error('No user credentials'),
        '403': error('Not allowed to create campaigns'),
      },
    },
  },
  '/v1/campaigns/{id}': {
    get: {
      parameters: [idParam],
      responses: {
        '200': json(
          campaignDetail,
          'Progress overall and per team, burn-down, overdue and at-risk lists',
        ),
        '400': error('Invalid id'),
        '401': error('No credentials'),
        '404': error('No such campaign'),
      },
    },
    put: {
      parameters: [idParam],
      requestBody: body(campaignUpdateSchema),
      responses: {
        '200': json(ref('Campaign'), 'The changed campaign, one version on'),
        '400': error('Invalid campaign or unknown check'),
        '401': error('No user credentials'),
        '403': error('Not allowed to change campaigns'),
        '404': error('No such campaign'),
        '409': error(
          'The campaign changed since the version the edit was based on',
        ),
      },
    },
  },
};
