/*
 * Input abuse: every write endpoint and every read endpoint's query string fed garbage through the whole
 * plugin on a test backend (production body parsing and error handler). Each bad request must answer a 4xx
 * in Backstage's error shape and leave every Stackscore table exactly as it was. Valid requests carrying SQL
 * or script text must store it verbatim as data and return it as JSON.
 */
import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import { exampleEntity } from '../__testUtils__/startStackscore';
import {
  apiPrefix,
  RawResponse,
  rawRequest,
  startReliabilityBackend,
} from './__testUtils__/backend';
import {
  ReliabilityDatabaseId,
  countRows,
  reliabilityDatabases,
  snapshotTables,
} from './__testUtils__/databases';

jest.setTimeout(120_000);

const day = 24 * 60 * 60 * 1000;
const entityRef = 'component:default/checkout-api';
const entityPath = '/v1/entities/component/default/checkout-api';
const sqlPayload = "'; DROP TABLE stackscore_exemptions; --";
const scriptPayload = '<script>alert(1)</script>';
const json = { 'content-type': 'application/json' };

const platform: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'platform', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const validExemption = () => ({
  entityRef,
  checkId: 'security.sast-in-ci',
  reason: 'The SAST vendor is being replaced this quarter',
  expiresAt: new Date(Date.now() + 30 * day).toISOString(),
});

/** One abusive request. */
interface AbuseCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Below the plugin's mount point, sent byte for byte (no `..` normalisation). */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sets up what the request acts on and returns its path, so every case starts from the same state. */
  prepare?: () => Promise<string>;
}

const enc = encodeURIComponent;

/** Bodies no endpoint may accept: not JSON, not JSON the parser takes, or too large. */
function unparseableBodies(
  valid: object,
): Array<Omit<AbuseCase, 'method' | 'path'>> {
  const text = JSON.stringify(valid);
  return [
    { name: 'truncated JSON', headers: json, body: text.slice(0, -7) },
    {
      name: 'single-quoted JSON',
      headers: json,
      body: text.replace(/"/g, "'"),
    },
    { name: 'trailing comma', headers: json, body: `${text.slice(0, -1)},}` },
    { name: 'the word undefined', headers: json, body: 'undefined' },
    { name: 'a bare NaN', headers: json, body: '{"reason": NaN}' },
    { name: 'a JSON string', headers: json, body: '"text"' },
    { name: 'a JSON null', headers: json, body: 'null' },
    { name: 'a JSON number', headers: json, body: '42' },
    { name: 'a NUL byte', headers: json, body: '\u0000' },
    {
      name: 'unsupported charset',
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: text,
    },
    {
      name: 'gzip encoding over plain bytes',
      headers: { ...json, 'content-encoding': 'gzip' },
      body: text,
    },
    {
      name: 'a 2 MB JSON body',
      headers: json,
      body: JSON.stringify({ ...valid, reason: 'x'.repeat(2 * 1024 * 1024) }),
    },
  ];
}

/** Bodies sent to endpoints that take none (start a run, refresh, revoke): they must not be ignored. */
function unexpectedBodies(): Array<Omit<AbuseCase, 'method' | 'path'>> {
  return [
    ...unparseableBodies({ force: true }),
    { name: 'an unknown field', headers: json, body: '{"force":true}' },
    {
      name: 'an unknown field carrying SQL',
      headers: json,
      body: JSON.stringify({ filter: sqlPayload }),
    },
    {
      name: 'an unknown field carrying a script',
      headers: json,
      body: JSON.stringify({ note: scriptPayload }),
    },
    {
      name: 'an absurd number',
      headers: json,
      body: '{"concurrency": -1e309}',
    },
    {
      name: 'a body as text/plain',
      headers: { 'content-type': 'text/plain' },
      body: '{"force":true}',
    },
    {
      name: 'a 2 MB text/plain body',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(2 * 1024 * 1024),
    },
  ];
}

/**
 * Bodies a JSON endpoint must refuse whatever it does: unparseable or oversized bodies, the wrong shape or
 * content type, each field of `valid` with a value of the wrong type (and, when every field is required,
 * missing).
 */
function jsonBodyCases(
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
  valid: Record<string, unknown>,
  options: { fieldsRequired: boolean },
): AbuseCase[] {
  const send = (
    name: string,
    body: unknown,
    headers: Record<string, string> = json,
  ): AbuseCase => ({
    name,
    method,
    path,
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const cases: AbuseCase[] = [
    ...unparseableBodies(valid).map(c => ({ ...c, method, path })),
    send('an empty body', ''),
    send('a JSON array', [valid]),
    send(
      'deeply nested JSON',
      `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
    ),
    send('valid JSON as text/plain', valid, { 'content-type': 'text/plain' }),
    send(
      'a form-encoded body',
      new URLSearchParams(valid as Record<string, string>).toString(),
      { 'content-type': 'application/x-www-form-urlencoded' },
    ),
    send('valid JSON as XML', valid, { 'content-type': 'application/xml' }),
    send('valid JSON without a content type', valid, {}),
    send('valid JSON as multipart', valid, {
      'content-type': 'multipart/form-data; boundary=x',
    }),
    send('unknown field owner', { ...valid, owner: 'me' }),
    send('unknown field constructor', {
      ...valid,
      constructor: { prototype: { admin: true } },
    }),
    send(
      'unknown field __proto__',
      `{"__proto__":{"admin":true},${JSON.stringify(valid).slice(1)}`,
    ),
  ];
  if (options.fieldsRequired) cases.push(send('an empty object', {}));
  for (const field of Object.keys(valid)) {
    if (options.fieldsRequired) {
      const { [field]: _omitted, ...missing } = valid;
      cases.push(send(`${field} missing`, missing));
    }
    for (const wrong of [42, true, null, {}, [valid[field]]]) {
      cases.push(
        send(`${field} as ${JSON.stringify(wrong)}`, {
          ...valid,
          [field]: wrong,
        }),
      );
    }
  }
  return cases;
}

function exemptionCreateCases(): AbuseCase[] {
  const post = (name: string, body: unknown): AbuseCase => ({
    name,
    method: 'POST',
    path: '/v1/exemptions',
    headers: json,
    body: JSON.stringify(body),
  });
  const valid = validExemption();
  const cases = jsonBodyCases('POST', '/v1/exemptions', valid, {
    fieldsRequired: true,
  });
  for (const field of Object.keys(valid) as Array<keyof typeof valid>) {
    cases.push(post(`${field} as []`, { ...valid, [field]: [] }));
  }
  const unknown: Array<[string, unknown]> = [
    ['createdBy', 'user:default/mallory'],
    ['id', '00000000-0000-4000-8000-000000000000'],
    ['active', false],
    ['revokedAt', new Date().toISOString()],
    ['createdAt', '2000-01-01T00:00:00Z'],
  ];
  for (const [field, value] of unknown) {
    cases.push(post(`unknown field ${field}`, { ...valid, [field]: value }));
  }
  const absurd: Array<[keyof typeof valid, unknown]> = [
    ['entityRef', `component:default/${'a'.repeat(300)}`],
    ['entityRef', 'component:default/..'],
    ['entityRef', 'component:../../etc/passwd'],
    ['entityRef', 'component:default/a\u0000b'],
    ['entityRef', `component:default/x${sqlPayload}`],
    ['entityRef', `component:default/${scriptPayload}`],
    ['entityRef', 'checkout-api'],
    ['entityRef', ''],
    ['checkId', sqlPayload],
    ['checkId', scriptPayload],
    ['checkId', 'x'.repeat(300)],
    ['checkId', '../security.sast-in-ci'],
    ['reason', ''],
    ['reason', '   '],
    ['reason', 'x'.repeat(2001)],
    ['reason', 'a\u0000b'],
    ['expiresAt', '9999-12-31T23:59:59Z'],
    ['expiresAt', '+275760-09-13T00:00:00.000Z'],
    ['expiresAt', '-000001-01-01T00:00:00Z'],
    ['expiresAt', '0000-01-01T00:00:00Z'],
    ['expiresAt', new Date(Date.now() - day).toISOString()],
    ['expiresAt', '2030-02-30T00:00:00Z'],
    ['expiresAt', '2030-13-01T00:00:00Z'],
    ['expiresAt', '2030-01-01T25:00:00Z'],
    ['expiresAt', 'NaN'],
    ['expiresAt', 'Infinity'],
    ['expiresAt', ''],
    ['expiresAt', -1],
    ['expiresAt', Date.now() + day],
    ['expiresAt', `2030-01-01T00:00:00Z${sqlPayload}`],
    ['expiresAt', scriptPayload],
  ];
  for (const [field, value] of absurd) {
    cases.push(
      post(`${field} = ${JSON.stringify(value).slice(0, 60)}`, {
        ...valid,
        [field]: value,
      }),
    );
  }
  // JSON can spell numbers no JavaScript value holds; they parse to Infinity.
  cases.push(
    post(
      'expiresAt = 1e309',
      `${JSON.stringify({ ...valid, expiresAt: 0 }).slice(0, -2)}1e309}`,
    ),
  );
  return cases;
}

/** Ids that are not an exemption's: traversal, NUL, injection, overlong, broken percent-encoding. */
const badIds = [
  'nope',
  '..',
  '%2e%2e',
  '..%2F..%2Fruns',
  '%00',
  'a%00b',
  'a'.repeat(300),
  enc("' OR '1'='1"),
  enc(sqlPayload),
  enc(scriptPayload),
  '%',
  '%E0%A4%A',
  '00000000-0000-4000-8000-000000000000',
];

/** `pathOf(id)` of a fresh active exemption's id: revoking it by mistake cannot spill into later cases. */
function exemptionDeleteCases(
  freshExemption: () => Promise<string>,
): AbuseCase[] {
  const onFresh = (pathOf: (id: string) => string) => async () =>
    pathOf(await freshExemption());
  return [
    ...badIds.map(id => ({
      name: `id ${id.slice(0, 60)}`,
      method: 'DELETE' as const,
      path: `/v1/exemptions/${id}`,
    })),
    ...['%00', '%20', '/..'].map(suffix => ({
      name: `a valid id followed by ${suffix}`,
      method: 'DELETE' as const,
      path: '(prepared)',
      prepare: onFresh(id => `/v1/exemptions/${id}${suffix}`),
    })),
    ...unexpectedBodies().map(c => ({
      ...c,
      method: 'DELETE' as const,
      path: '(prepared)',
      prepare: onFresh(id => `/v1/exemptions/${id}`),
    })),
  ];
}

function runCases(): AbuseCase[] {
  return unexpectedBodies().map(c => ({
    ...c,
    method: 'POST' as const,
    path: '/v1/runs',
  }));
}

const validRadarEntry = {
  id: 'htmx',
  title: 'htmx',
  quadrant: 'languages-frameworks',
  ring: 'assess',
  description: 'Server-rendered interactivity without a client framework',
  references: [],
};

function radarEntryCreateCases(): AbuseCase[] {
  const post = (name: string, changes: object): AbuseCase => ({
    name,
    method: 'POST',
    path: '/v1/radar/entries',
    headers: json,
    body: JSON.stringify({ ...validRadarEntry, ...changes }),
  });
  return [
    ...jsonBodyCases('POST', '/v1/radar/entries', validRadarEntry, {
      fieldsRequired: true,
    }),
    post('an id the seed already uses', { id: 'go' }),
    post('an id with capitals', { id: 'HTMX' }),
    post('an id with a slash', { id: '../go' }),
    post('an id of 65 characters', { id: 'a'.repeat(65) }),
    post('an id carrying SQL', { id: sqlPayload }),
    post('a blank title', { title: '   ' }),
    post('a 300-character title', { title: 'x'.repeat(300) }),
    post('a description over 2,000 characters', {
      description: 'x'.repeat(2001),
    }),
    post('an unknown quadrant', { quadrant: 'databases' }),
    post('an unknown ring', { ring: 'maybe' }),
    post('a reference to an unknown document', {
      references: [{ document: 'wikipedia', section: 'Go' }],
    }),
    post('a reference with unknown fields', {
      references: [
        { document: 'enterprise-stack-guide', section: 'Go', url: 'x' },
      ],
    }),
    post('usage with an unknown matcher field', { usage: { regex: '.*' } }),
    post('usage with dependencies as a string', {
      usage: { dependencies: 'react' },
    }),
  ];
}

function radarEntryUpdateCases(): AbuseCase[] {
  const put = (
    name: string,
    body: object,
    path = '/v1/radar/entries/go',
  ): AbuseCase => ({
    name,
    method: 'PUT',
    path,
    headers: json,
    body: JSON.stringify(body),
  });
  return [
    ...jsonBodyCases(
      'PUT',
      '/v1/radar/entries/go',
      { ring: 'trial', reason: 'Fewer Go hires this year' },
      { fieldsRequired: false },
    ),
    put('a ring move without a reason', { ring: 'hold' }),
    put('a ring move with a blank reason', { ring: 'hold', reason: '   ' }),
    put('an unknown ring', { ring: 'maybe', reason: 'because' }),
    put('a reason over 1,000 characters', {
      ring: 'hold',
      reason: 'x'.repeat(1001),
    }),
    put('an id for a field', { id: 'golang' }),
    put('no such entry', { title: 'Go' }, '/v1/radar/entries/not-there'),
    ...badIds.map(id =>
      put(`id ${id.slice(0, 60)}`, { title: 'Go' }, `/v1/radar/entries/${id}`),
    ),
  ];
}

const validCampaign = {
  title: 'Supply-chain silver',
  target: { type: 'level', scorecard: 'supply-chain', level: 'silver' },
  startDate: '2026-11-01',
  deadline: '2027-03-31',
  owner: 'group:default/platform',
};

function campaignCreateCases(): AbuseCase[] {
  const post = (name: string, changes: object): AbuseCase => ({
    name,
    method: 'POST',
    path: '/v1/campaigns',
    headers: json,
    body: JSON.stringify({ ...validCampaign, ...changes }),
  });
  return [
    ...jsonBodyCases('POST', '/v1/campaigns', validCampaign, {
      fieldsRequired: true,
    }),
    post('a deadline before the start', { deadline: '2026-10-01' }),
    post('an impossible date', { deadline: '2027-02-30' }),
    post('a date with a time', { deadline: '2027-03-31T00:00:00Z' }),
    post('a blank title', { title: '   ' }),
    post('a title over 200 characters', { title: 'x'.repeat(201) }),
    post('a title on two lines', { title: 'a\nb' }),
    post('an unknown target type', { target: { type: 'everything' } }),
    post('a checks target without checks', {
      target: { type: 'checks', checks: [] },
    }),
    post('a checks target naming an unknown check', {
      target: { type: 'checks', checks: ['security.no-such-check'] },
    }),
    post('a check id carrying SQL', {
      target: { type: 'checks', checks: [sqlPayload] },
    }),
    post('a level target at level none', {
      target: { type: 'level', scorecard: 'security', level: 'none' },
    }),
    post('a level target on an unknown scorecard', {
      target: { type: 'level', scorecard: 'cost', level: 'gold' },
    }),
    post('an owner that is a component', {
      owner: 'component:default/checkout-api',
    }),
    post('a scope owner that is not a ref', { scope: { owners: ['me'] } }),
    post('a scope with an unknown field', { scope: { teams: ['a'] } }),
    post('includeSubgroups as a string', {
      scope: { includeSubgroups: 'yes' },
    }),
    post('a tag carrying a script', { scope: { tags: [scriptPayload] } }),
    post('a version on create', { version: 1 }),
  ];
}

function campaignUpdateCases(
  freshCampaign: () => Promise<string>,
): AbuseCase[] {
  const valid = { ...validCampaign, version: 1 };
  const onFresh = (c: AbuseCase): AbuseCase => ({
    ...c,
    path: '(prepared)',
    prepare: async () => `/v1/campaigns/${await freshCampaign()}`,
  });
  const put = (name: string, changes: object): AbuseCase =>
    onFresh({
      name,
      method: 'PUT',
      path: '',
      headers: json,
      body: JSON.stringify({ ...valid, ...changes }),
    });
  return [
    ...jsonBodyCases('PUT', '', valid, { fieldsRequired: true }).map(onFresh),
    put('a stale version', { version: 2 }),
    put('version 0', { version: 0 }),
    put('a fractional version', { version: 1.5 }),
    put('a deadline before the start', { deadline: '2026-10-01' }),
    {
      name: 'no such campaign',
      method: 'PUT',
      path: '/v1/campaigns/00000000-0000-4000-8000-000000000000',
      headers: json,
      body: JSON.stringify(valid),
    },
    ...badIds.map(id => ({
      name: `id ${id.slice(0, 60)}`,
      method: 'PUT' as const,
      path: `/v1/campaigns/${id}`,
      headers: json,
      body: JSON.stringify(valid),
    })),
  ];
}

function remediationUpdateCases(anItem: () => Promise<string>): AbuseCase[] {
  const onItem = (c: AbuseCase): AbuseCase => ({
    ...c,
    path: '(prepared)',
    prepare: async () => `/v1/remediations/${await anItem()}`,
  });
  const patch = (name: string, body: object): AbuseCase =>
    onItem({
      name,
      method: 'PATCH',
      path: '',
      headers: json,
      body: JSON.stringify(body),
    });
  return [
    ...jsonBodyCases(
      'PATCH',
      '',
      {
        status: 'in-progress',
        assignee: 'user:default/alice',
        dueDate: '2027-01-31',
        ticketUrl: 'https://tickets.example.com/SEC-1',
        notes: 'Semgrep job drafted',
      },
      { fieldsRequired: false },
    )
      // null clears these fields: a valid change, not abuse.
      .filter(c => !/^(assignee|dueDate|ticketUrl|notes) as null$/.test(c.name))
      .map(onItem),
    patch('an empty change', {}),
    patch('status resolved', { status: 'resolved' }),
    patch('status exempted', { status: 'exempted' }),
    patch('an assignee that is a group', {
      assignee: 'group:default/platform',
    }),
    patch('an assignee that is not a ref', { assignee: 'alice' }),
    // Spelled in two parts so the linter does not take the test data for a script URL in our code.
    patch('a javascript: ticket link', {
      ticketUrl: ['javascript', 'alert(1)'].join(':'),
    }),
    patch('a ticket link that is not a URL', { ticketUrl: 'SEC-1' }),
    patch('notes over 5,000 characters', { notes: 'x'.repeat(5001) }),
    patch('an impossible due date', { dueDate: '2027-02-30' }),
    patch('an id for a field', { id: '00000000-0000-4000-8000-000000000000' }),
    {
      name: 'no such item',
      method: 'PATCH',
      path: '/v1/remediations/00000000-0000-4000-8000-000000000000',
      headers: json,
      body: JSON.stringify({ status: 'in-progress' }),
    },
    ...badIds.map(id => ({
      name: `id ${id.slice(0, 60)}`,
      method: 'PATCH' as const,
      path: `/v1/remediations/${id}`,
      headers: json,
      body: JSON.stringify({ status: 'in-progress' }),
    })),
  ];
}

function stackRecommendCases(): AbuseCase[] {
  const post = (name: string, body: object): AbuseCase => ({
    name,
    method: 'POST',
    path: '/v1/stack/recommend',
    headers: json,
    body: JSON.stringify(body),
  });
  return [
    // Every field is optional and an empty constraints object is a valid request.
    ...jsonBodyCases(
      'POST',
      '/v1/stack/recommend',
      { requirements: ['rapid-prototyping'], constraints: { p99Ms: 50 } },
      { fieldsRequired: false },
    ).filter(c => c.name !== 'constraints as {}'),
    post('an unknown requirement', { requirements: ['fastest-please'] }),
    post('a requirement carrying SQL', { requirements: [sqlPayload] }),
    post('a negative p99', { constraints: { p99Ms: -1 } }),
    post('a p99 as text', { constraints: { p99Ms: 'fast' } }),
    post('an unknown constraint', { constraints: { budget: 'low' } }),
    post('a flag as text', { constraints: { cpuHeavy: 'yes' } }),
  ];
}

/** Path segments for `:kind/:namespace/:name` that name no entity, or no valid one. */
const badEntityPaths: Array<[string, string]> = [
  ['name ..', 'component/default/..'],
  ['namespace and name ..', 'component/../..'],
  ['kind, namespace and name ..', '../../..'],
  ['encoded ../..', `component/default/${enc('../..')}`],
  ['encoded dots', 'component/default/%2e%2e'],
  ['name %00', 'component/default/%00'],
  ['name with NUL', 'component/default/checkout-api%00'],
  ['300-char name', `component/default/${'a'.repeat(300)}`],
  ['256-char name', `component/default/${'a'.repeat(256)}`],
  ['300-char namespace', `component/${'a'.repeat(300)}/checkout-api`],
  ['65-char kind', `${'k'.repeat(65)}/default/checkout-api`],
  ['SQL name', `component/default/${enc(sqlPayload)}`],
  ['script name', `component/default/${enc(scriptPayload)}`],
  ['broken percent-encoding', 'component/default/%'],
  ['unknown entity', 'component/default/ghost'],
  ['a group', 'group/default/platform'],
];

function refreshCases(): AbuseCase[] {
  return [
    ...badEntityPaths.map(([name, path]) => ({
      name,
      method: 'POST' as const,
      path: `/v1/entities/${path}/refresh`,
    })),
    ...unexpectedBodies().map(c => ({
      ...c,
      method: 'POST' as const,
      path: `${entityPath}/refresh`,
    })),
  ];
}

/** Read endpoints with query strings (or path parameters) they must refuse with a 400 naming the problem. */
const badReads: Array<[string, string]> = [
  ['/v1/runs', 'limit=0'],
  ['/v1/runs', 'limit=abc'],
  ['/v1/runs', 'limit=-1'],
  ['/v1/runs', 'limit=1.5'],
  ['/v1/runs', 'limit=1e3'],
  ['/v1/runs', 'limit=NaN'],
  ['/v1/runs', 'limit=Infinity'],
  ['/v1/runs', 'limit='],
  ['/v1/runs', 'limit[]=1'],
  ['/v1/runs', 'limit[a]=1'],
  ['/v1/runs', 'limit=1&limit=2'],
  ['/v1/runs', 'before=yesterday'],
  ['/v1/runs', 'before=9999-99-99T00:00:00Z'],
  ['/v1/runs', `before=${enc(sqlPayload)}`],
  ['/v1/runs', `before=${enc(scriptPayload)}`],
  ['/v1/runs', 'unknown=1'],
  ['/v1/runs/nope', ''],
  ['/v1/runs/%00', ''],
  [`/v1/runs/${'a'.repeat(300)}`, ''],
  ['/v1/exemptions', 'limit=0'],
  ['/v1/exemptions', 'limit=101'],
  ['/v1/exemptions', 'active=yes'],
  ['/v1/exemptions', 'before=yesterday'],
  ['/v1/exemptions', 'entityRef=checkout-api'],
  ['/v1/exemptions', 'entityRef[]=component:default/checkout-api'],
  ['/v1/exemptions', `checkId=${'x'.repeat(300)}`],
  ['/v1/exemptions', 'owner=me'],
  ['/v1/teams/default/platform/scores', `sort=${enc(scriptPayload)}`],
  ['/v1/teams/default/platform/scores', `sort=${enc(sqlPayload)}`],
  ['/v1/teams/default/platform/scores', 'order=up'],
  ['/v1/teams/default/platform/scores', 'limit=0'],
  ['/v1/teams/default/platform/scores', 'limit=501'],
  ['/v1/teams/default/platform/scores', 'cursor=garbage'],
  ['/v1/teams/default/platform/scores', 'cursor=%00'],
  [
    '/v1/teams/default/platform/scores',
    `cursor=${Buffer.from('{"k":{"$gt":""},"r":1}').toString('base64url')}`,
  ],
  [
    '/v1/teams/default/platform/scores',
    `cursor=${Buffer.from('[]').toString('base64url')}`,
  ],
  ['/v1/teams/default/platform/scores', `cursor=${'A'.repeat(3000)}`],
  ['/v1/teams/default/platform/scores', 'includeSubgroups=maybe'],
  ['/v1/teams/default/platform/scores', 'lifecycle='],
  ['/v1/teams/default/platform/scores', 'tag[]=a'],
  ['/v1/teams/default/platform/scores', 'system=%3A%3A%3A'],
  ['/v1/teams/default/platform/scores', 'unknown=1'],
  [`/v1/teams/default/${'a'.repeat(300)}/scores`, ''],
  ['/v1/overview', 'unknown=1'],
  ['/v1/overview', 'lifecycle='],
  ['/v1/overview', `kind=${'k'.repeat(65)}`],
  ['/v1/overview', 'system[]=x'],
  ['/v1/overview', 'tag[a]=b'],
  ['/v1/overview', 'system=%3A%3A%3A'],
  ['/v1/checks', 'scorecard=nope'],
  ['/v1/checks', 'scorecard[]=slo'],
  ['/v1/checks', `scorecard=${enc(sqlPayload)}`],
  ['/v1/checks', 'unknown=1'],
  ['/v1/checks/security.sast-in-ci/entities', 'status=nope'],
  ['/v1/checks/security.sast-in-ci/entities', 'cursor=garbage'],
  ['/v1/checks/security.sast-in-ci/entities', 'owner=%3A%3A%3A'],
  ['/v1/checks/security.sast-in-ci/entities', 'limit=0'],
  [`/v1/checks/${'c'.repeat(300)}/entities`, ''],
  [`${entityPath}/scores`, 'unknown=1'],
  [`/v1/entities/component/default/${'a'.repeat(300)}/scores`, ''],
  [`${entityPath}/history`, 'from=2026-13-01'],
  [`${entityPath}/history`, 'to=yesterday'],
  [`${entityPath}/history`, 'from=2026-02-01&to=2026-01-01'],
  [`${entityPath}/history`, 'from=0001-01-01&to=9999-12-31'],
  [`${entityPath}/history`, 'scorecard=nope'],
  [`${entityPath}/history`, 'from[]=2026-01-01'],
  ['/v1/teams/default/platform/history', 'from=2026-13-01'],
  ['/v1/teams/default/platform/history', 'from=0001-01-01&to=9999-12-31'],
  ['/v1/teams/default/platform/history', 'includeSubgroups=1'],
  ['/v1/scorecards', 'unknown=1'],
  ['/v1/radar', 'unknown=1'],
  ['/v1/radar/unknown', 'owner=me'],
  ['/v1/radar/entries/go', 'unknown=1'],
  ['/v1/radar/entries/NOPE', ''],
  ['/v1/radar/teams/default/platform', 'includeSubgroups=maybe'],
  ['/v1/radar/teams/default/platform', 'unknown=1'],
  ['/v1/stack/teams/default/platform', 'includeSubgroups=1'],
  ['/v1/stack/teams/default/platform', 'unknown=1'],
  ['/v1/remediations', 'status=done'],
  ['/v1/remediations', 'status='],
  ['/v1/remediations', 'owner=%3A%3A%3A'],
  ['/v1/remediations', `owner=${enc(sqlPayload)}`],
  ['/v1/remediations', 'campaign=nope'],
  ['/v1/remediations', 'assignee=group%3Adefault%2Fplatform'],
  ['/v1/remediations', 'limit=501'],
  ['/v1/remediations', 'offset=-1'],
  ['/v1/remediations', 'includeSubgroups=maybe'],
  ['/v1/remediations', 'check=a%00b'],
  ['/v1/remediations', 'unknown=1'],
  [`${entityPath}/remediations`, 'owner=group%3Adefault%2Fplatform'],
  [`${entityPath}/remediations`, 'status=nope'],
  ['/v1/campaigns', 'unknown=1'],
  // PostgreSQL refuses NUL in text; a filter carrying one must be a 400 on every database, not a 500 on one.
  ['/v1/exemptions', 'checkId=a%00b'],
  ['/v1/exemptions', 'entityRef=component%3Adefault%2Fa%00b'],
  ['/v1/teams/default/platform/scores', 'tag=a%00b'],
  ['/v1/teams/default/platform/scores', 'lifecycle=%00'],
  ['/v1/overview', 'lifecycle=a%00b'],
  ['/v1/overview', 'system=a%00b'],
  ['/v1/checks/security.sast-in-ci/entities', 'kind=a%00b'],
  ['/v1/checks/security.sast-in-ci/entities', 'cursor=%00'],
];

/** Read endpoints whose path names nothing that exists, with NUL, traversal or overlong segments: any 4xx. */
const unknownReads = [
  `/v1/entities/component/default/checkout-api%00/scores`,
  `/v1/entities/component/default/a%00b/history`,
  `/v1/entities/component/default/../scores`,
  `/v1/entities/component/default/${enc(sqlPayload)}/scores`,
  `/v1/teams/default/a%00b/scores`,
  `/v1/teams/default/a%00b/history`,
  `/v1/teams/../../scores`,
  `/v1/checks/a%00b/entities`,
  `/v1/checks/${enc(sqlPayload)}/entities`,
  `/v1/runs/00000000-0000-4000-8000-000000000000`,
  `/v1/radar/entries/not-there`,
  `/v1/radar/teams/default/a%00b`,
  `/v1/radar/teams/default/ghost`,
  `/v1/stack/teams/default/ghost`,
  `/v1/remediations/00000000-0000-4000-8000-000000000000`,
  `/v1/remediations/a%00b/events`,
  `/v1/campaigns/00000000-0000-4000-8000-000000000000`,
  `/v1/campaigns/..`,
];

/** Whether a response is a refusal: a 4xx in Backstage's JSON error shape with a message. */
function refusal(res: RawResponse) {
  return {
    status4xx: res.status >= 400 && res.status < 500,
    jsonError:
      /^application\/json/.test(res.headers['content-type'] ?? '') &&
      typeof res.json?.error?.name === 'string' &&
      typeof res.json?.error?.message === 'string' &&
      /\S/.test(res.json.error.message),
  };
}

describe('input abuse', () => {
  const databases = reliabilityDatabases();
  const skipped = databases.announceSkips();
  if (skipped) {
    // A visible skip, so a green run on SQLite alone never reads as "PostgreSQL passed".
    // Deliberately skipped, not hollow: without a PostgreSQL connection string there is nothing to run, and
    // this test, named by the reason, is the record of that in the report (CI sets the connection string).
    // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect
    it.skip(`${skipped}`, () => {});
  }

  describe.each(databases.ids.map(id => [id]))('on %s', databaseId => {
    let db: Knex;
    let port: number;

    const send = (c: AbuseCase) =>
      rawRequest({
        port,
        method: c.method,
        path: `${apiPrefix}${c.path}`,
        headers: c.headers,
        body: c.body,
      });

    /** A run the request started by mistake would keep writing; let it finish before the next case. */
    async function settle(res: RawResponse) {
      if (res.status !== 202 || typeof res.json?.id !== 'string') return;
      for (let i = 0; i < 300; i++) {
        const run = await send({
          name: 'poll',
          method: 'GET',
          path: `/v1/runs/${res.json.id}`,
        });
        if (run.json?.status !== 'running') return;
        await new Promise(resolve => setTimeout(resolve, 100));
      }
    }

    /**
     * Sends the case and lists what is wrong: not refused, not in the error shape, or any Stackscore table
     * changed (whole rows are compared, so an update counts too). Each problem carries the request and the
     * response, so a failing test says exactly which input did what.
     */
    async function refusalProblems(
      c: AbuseCase,
      status?: number,
    ): Promise<string[]> {
      const path = c.prepare ? await c.prepare() : c.path;
      const before = await snapshotTables(db);
      const counts = await countRows(db);
      const res = await send({ ...c, path });
      await settle(res);
      const after = await countRows(db);
      const problems: string[] = [];
      const { status4xx, jsonError } = refusal(res);
      if (status && res.status !== status) {
        problems.push(`answered ${res.status}, not ${status}`);
      } else if (!status4xx) {
        problems.push(`answered ${res.status}, not a 4xx`);
      }
      if (res.status >= 300 && !jsonError) {
        problems.push('no JSON {error: {name, message}} body');
      }
      if (JSON.stringify(await snapshotTables(db)) !== JSON.stringify(before)) {
        // Row counts make the change readable; the whole-row comparison also catches updates.
        const changed = Object.keys(after)
          .filter(table => after[table] !== counts[table])
          .map(table => `${table} ${counts[table]} -> ${after[table]}`);
        problems.push(
          `stored something: ${changed.join(', ') || 'rows updated in place'}`,
        );
      }
      const response = `${res.status} ${
        res.headers['content-type'] ?? '(no content type)'
      } ${res.text.slice(0, 400)}`;
      return problems.map(
        p => `${c.method} ${path} (${c.name}): ${p}; response: ${response}`,
      );
    }

    /** Creates an active exemption through the API and returns its id. */
    async function freshExemption(): Promise<string> {
      const created = await send({
        name: 'seed',
        method: 'POST',
        path: '/v1/exemptions',
        headers: json,
        body: JSON.stringify(validExemption()),
      });
      if (created.status !== 201) {
        throw new Error(`Could not create an exemption: ${created.text}`);
      }
      return created.json.id;
    }

    async function freshCampaign(): Promise<string> {
      const created = await send({
        name: 'seed',
        method: 'POST',
        path: '/v1/campaigns',
        headers: json,
        body: JSON.stringify(validCampaign),
      });
      if (created.status !== 201) {
        throw new Error(`Could not create a campaign: ${created.text}`);
      }
      return created.json.id;
    }

    async function anItem(): Promise<string> {
      const listed = await send({
        name: 'items',
        method: 'GET',
        path: '/v1/remediations?limit=1',
      });
      const id = listed.json?.items?.[0]?.id;
      if (typeof id !== 'string') {
        throw new Error(`No remediation item to abuse: ${listed.text}`);
      }
      return id;
    }

    beforeAll(async () => {
      db = await databases.init(databaseId as ReliabilityDatabaseId);
      ({ port } = await startReliabilityBackend({
        db,
        entities: [
          await exampleEntity('checkout-api'),
          await exampleEntity('promo-codes'),
          platform,
        ],
      }));
      // Stored scores and an active exemption, so a wrongly accepted request has something to change.
      const run = await send({ name: 'run', method: 'POST', path: '/v1/runs' });
      if (run.status !== 202)
        throw new Error(`Could not start a run: ${run.text}`);
      await settle(run);
      await freshExemption();
      const counts = await countRows(db);
      if (
        counts.stackscore_entities !== 2 ||
        counts.stackscore_exemptions !== 1
      ) {
        throw new Error(`Seeding left ${JSON.stringify(counts)}`);
      }
    });

    describe('POST /v1/exemptions refuses', () => {
      it.each(exemptionCreateCases().map(c => [c.name, c]))(
        '%s',
        async (_name, c) => {
          expect(await refusalProblems(c as AbuseCase)).toEqual([]);
        },
      );
    });

    describe('DELETE /v1/exemptions/:id refuses', () => {
      it.each(exemptionDeleteCases(freshExemption).map(c => [c.name, c]))(
        '%s',
        async (_name, c) => {
          expect(await refusalProblems(c as AbuseCase)).toEqual([]);
        },
      );
    });

    describe('POST /v1/runs refuses', () => {
      it.each(runCases().map(c => [c.name, c]))('%s', async (_name, c) => {
        expect(await refusalProblems(c as AbuseCase)).toEqual([]);
      });
    });

    describe('POST /v1/entities/:kind/:namespace/:name/refresh refuses', () => {
      it.each(refreshCases().map(c => [c.name, c]))('%s', async (_name, c) => {
        expect(await refusalProblems(c as AbuseCase)).toEqual([]);
      });
    });

    describe('POST /v1/radar/entries refuses', () => {
      it.each(radarEntryCreateCases().map(c => [c.name, c]))(
        '%s',
        async (_name, c) => {
          expect(await refusalProblems(c as AbuseCase)).toEqual([]);
        },
      );
    });

    describe('PUT /v1/radar/entries/:id refuses', () => {
      it.each(radarEntryUpdateCases().map(c => [c.name, c]))(
        '%s',
        async (_name, c) => {
          expect(await refusalProblems(c as AbuseCase)).toEqual([]);
        },
      );
    });

    describe('POST /v1/campaigns refuses', () => {
      it.each(campaignCreateCases().map(c => [c.name, c]))(
        '%s',
        async (_name, c) => {
          expect(await refusalProblems(c as AbuseCase)).toEqual([]);
        },
      );
    });

    describe('PUT /v1/campaigns/:id refuses', () => {
      it.each(campaignUpdateCases(freshCampaign).map(c => [c.name, c]))(
        '%s',
        async (_name, c) => {
          expect(await refusalProblems(c as AbuseCase)).toEqual([]);
        },
      );
    });

    describe('PATCH /v1/remediations/:id refuses', () => {
      it.each(remediationUpdateCases(anItem).map(c => [c.name, c]))(
        '%s',
        async (_name, c) => {
          expect(await refusalProblems(c as AbuseCase)).toEqual([]);
        },
      );
    });

    describe('POST /v1/stack/recommend refuses', () => {
      it.each(stackRecommendCases().map(c => [c.name, c]))(
        '%s',
        async (_name, c) => {
          expect(await refusalProblems(c as AbuseCase)).toEqual([]);
        },
      );
    });

    describe('read endpoints refuse bad parameters with a 400', () => {
      it.each(badReads)('GET %s?%s', async (path, query) => {
        expect(
          await refusalProblems(
            {
              name: path,
              method: 'GET',
              path: query ? `${path}?${query}` : path,
            },
            400,
          ),
        ).toEqual([]);
      });
    });

    describe('read endpoints answer a 4xx for paths naming nothing', () => {
      it.each(unknownReads.map(path => [path]))('GET %s', async path => {
        expect(
          await refusalProblems({ name: path, method: 'GET', path }),
        ).toEqual([]);
      });
    });

    describe('payloads in valid requests are data', () => {
      it.each([
        ['a script', scriptPayload],
        ['SQL', sqlPayload],
        [
          'both, with quotes and entities',
          `"${scriptPayload}" &amp; ${sqlPayload} \\ </script>`,
        ],
      ])(
        'stores %s in a reason verbatim and returns it as JSON',
        async (_name, payload) => {
          const created = await send({
            name: 'create',
            method: 'POST',
            path: '/v1/exemptions',
            headers: json,
            body: JSON.stringify({ ...validExemption(), reason: payload }),
          });
          expect(created.status).toBe(201);
          expect(created.headers['content-type']).toMatch(/^application\/json/);
          expect(created.json.reason).toBe(payload);

          const [row] = await db('stackscore_exemptions')
            .where({ id: created.json.id })
            .select('reason');
          expect(row.reason).toBe(payload);
          // The table the SQL names is still there, with every row.
          expect(
            Number((await db('stackscore_exemptions').count({ n: '*' }))[0].n),
          ).toBeGreaterThanOrEqual(2);

          const listed = await send({
            name: 'list',
            method: 'GET',
            path: `/v1/exemptions?entityRef=${enc(entityRef)}&limit=100`,
          });
          expect(listed.status).toBe(200);
          expect(listed.headers['content-type']).toMatch(/^application\/json/);
          expect(
            listed.json.items.find(
              (e: { id: string }) => e.id === created.json.id,
            )?.reason,
          ).toBe(payload);

          const scores = await send({
            name: 'scores',
            method: 'GET',
            path: `${entityPath}/scores`,
          });
          expect(scores.headers['content-type']).toMatch(/^application\/json/);
          expect(
            scores.json.exemptions.map((e: { reason: string }) => e.reason),
          ).toContain(payload);

          // Revoke it again so later cases see the seeded state.
          const revoked = await send({
            name: 'revoke',
            method: 'DELETE',
            path: `/v1/exemptions/${created.json.id}`,
          });
          expect(revoked.status).toBe(200);
          expect(revoked.json.reason).toBe(payload);
        },
      );
    });
  });
});
