import {
  campaignScopeSchema,
  type Campaign,
  type RemediationItem,
} from '@stackscore/plugin-stackscore-common';
import type { ScopedEntity } from '../database/CampaignStore';
import {
  campaignHealth,
  campaignReport,
  entitiesInScope,
  targetCheckPredicate,
} from './campaignReport';

const sast = 'security.sast-in-ci';
const secrets = 'security.secret-scanning';
const at = (day: string, hour = 12) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00.000Z`);

const campaign: Campaign = {
  id: '5d4bc8d1-5f34-4c44-9d7a-0d9d2c1f1c11',
  title: 'Scan every repository',
  description: '',
  target: { type: 'checks', checks: [sast, secrets] },
  scope: campaignScopeSchema.parse({}),
  startDate: '2026-11-01',
  deadline: '2026-11-11',
  owner: 'group:default/platform',
  version: 1,
  createdBy: 'user:default/pat',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'user:default/pat',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

const entity = (
  name: string,
  owner: string,
  extra: Partial<ScopedEntity> = {},
) => ({
  entityRef: `component:default/${name}`,
  owner,
  lifecycle: 'production',
  tags: [],
  ...extra,
});

function item(
  name: string,
  checkId: string,
  status: RemediationItem['status'],
): RemediationItem {
  return {
    id: `${name}-${checkId}`,
    entityRef: `component:default/${name}`,
    checkId,
    scorecard: 'security',
    level: 'silver',
    severity: 'high',
    status,
    openedAt: '2026-10-20T00:00:00.000Z',
    failingSince: '2026-10-20T00:00:00.000Z',
    updatedAt: '2026-10-20T00:00:00.000Z',
    overdue: false,
  };
}

describe('campaignReport', () => {
  // Scripted history: three payments services and one search service, all failing SAST on 20 October.
  //  - orders passes SAST on 3 November;
  //  - ledger passes on 5 November, fails again on 7 November and passes on 9 November;
  //  - refunds gets an exemption from 4 to 6 November, then still fails;
  //  - catalog (search) also fails secret scanning, fixes SAST on 2 November and secrets on 8 November.
  const entities = [
    entity('orders', 'group:default/payments'),
    entity('ledger', 'group:default/payments'),
    entity('refunds', 'group:default/payments'),
    entity('catalog', 'group:default/search'),
  ];
  const change = (
    name: string,
    checkId: string,
    status: string,
    changedAt: Date,
    previousStatus?: string,
  ) => ({
    entityRef: `component:default/${name}`,
    checkId,
    status,
    previousStatus,
    changedAt,
  });
  const changes = [
    change('orders', sast, 'fail', at('2026-10-20')),
    change('ledger', sast, 'fail', at('2026-10-20')),
    change('refunds', sast, 'fail', at('2026-10-20')),
    change('catalog', sast, 'fail', at('2026-10-20')),
    change('catalog', secrets, 'fail', at('2026-10-20')),
    change('catalog', sast, 'pass', at('2026-11-02'), 'fail'),
    change('orders', sast, 'pass', at('2026-11-03'), 'fail'),
    change('ledger', sast, 'pass', at('2026-11-05'), 'fail'),
    change('ledger', sast, 'fail', at('2026-11-07'), 'pass'),
    change('catalog', secrets, 'pass', at('2026-11-08'), 'fail'),
    change('ledger', sast, 'pass', at('2026-11-09'), 'fail'),
  ];
  const current = [
    { entityRef: 'component:default/orders', checkId: sast, status: 'pass' },
    { entityRef: 'component:default/ledger', checkId: sast, status: 'pass' },
    { entityRef: 'component:default/refunds', checkId: sast, status: 'fail' },
    { entityRef: 'component:default/catalog', checkId: sast, status: 'pass' },
    {
      entityRef: 'component:default/catalog',
      checkId: secrets,
      status: 'pass',
    },
  ];
  const exemptions = [
    {
      entityRef: 'component:default/refunds',
      checkId: sast,
      from: at('2026-11-04', 9),
      until: at('2026-11-06', 9),
    },
  ];

  it('draws a daily burn-down from stored history, counting exemptions as passes', () => {
    const report = campaignReport({
      campaign,
      today: '2026-11-10',
      now: at('2026-11-10'),
      entities,
      current,
      changes,
      exemptions,
      items: [item('refunds', sast, 'open')],
    });
    expect(report.burnDown.map(p => [p.day.slice(8), p.remaining])).toEqual([
      ['01', 4],
      ['02', 4], // catalog still fails secret scanning
      ['03', 3], // orders
      ['04', 2], // refunds exempted
      ['05', 1], // ledger
      ['06', 2], // refunds' exemption ended
      ['07', 3], // ledger fails again
      ['08', 2], // catalog
      ['09', 1], // ledger
      ['10', 1],
    ]);
    // A straight line from 4 on the start date to 0 on the deadline ten days later.
    expect(report.burnDown[0].ideal).toBe(4);
    expect(report.burnDown[5].ideal).toBe(2);
    expect(report.progress).toEqual({ inScope: 4, compliant: 3, ratio: 0.75 });
    expect(report.daysLeft).toBe(1);
    expect(report.teams).toEqual([
      expect.objectContaining({
        owner: 'group:default/payments',
        inScope: 3,
        compliant: 2,
        health: 'at-risk',
      }),
      expect.objectContaining({
        owner: 'group:default/search',
        inScope: 1,
        compliant: 1,
        health: 'complete',
      }),
    ]);
    // One day before the deadline, refunds' item has not been started.
    expect(report.health).toBe('at-risk');
    expect(report.atRisk).toEqual([
      {
        entityRef: 'component:default/refunds',
        owner: 'group:default/payments',
        failingChecks: [sast],
        items: [item('refunds', sast, 'open')],
      },
    ]);
    expect(report.overdue).toEqual([]);
  });

  it('lists entities still failing after the deadline as overdue and stops the burn-down at the deadline', () => {
    const report = campaignReport({
      campaign,
      today: '2026-11-20',
      now: at('2026-11-20'),
      entities,
      current,
      changes,
      exemptions,
      items: [item('refunds', sast, 'in-progress')],
    });
    expect(report.health).toBe('overdue');
    expect(report.overdue.map(e => e.entityRef)).toEqual([
      'component:default/refunds',
    ]);
    expect(report.atRisk).toEqual([]);
    expect(report.burnDown.at(-1)?.day).toBe('2026-11-11');
  });

  it('counts a currently active exemption as compliant', () => {
    const report = campaignReport({
      campaign,
      today: '2026-11-05',
      now: at('2026-11-05'),
      entities: [entity('refunds', 'group:default/payments')],
      current: [
        {
          entityRef: 'component:default/refunds',
          checkId: sast,
          status: 'fail',
        },
      ],
      changes: [change('refunds', sast, 'fail', at('2026-10-20'))],
      exemptions,
      items: [],
    });
    expect(report.progress.compliant).toBe(1);
    expect(report.health).toBe('complete');
  });

  it('reports a campaign with nothing in scope as complete', () => {
    const report = campaignReport({
      campaign,
      today: '2026-11-05',
      now: at('2026-11-05'),
      entities: [],
      current: [],
      changes: [],
      exemptions: [],
      items: [],
    });
    expect(report.progress).toEqual({ inScope: 0, compliant: 0, ratio: 1 });
    expect(report.burnDown.every(p => p.remaining === 0)).toBe(true);
  });
});

describe('entitiesInScope', () => {
  const all = [
    entity('orders', 'group:default/payments', {
      tags: ['java'],
      system: 'system:default/checkout',
    }),
    entity('ledger', 'group:default/payments-core', {
      lifecycle: 'experimental',
    }),
    entity('catalog', 'group:default/search', { tags: ['go'] }),
    entity('orphan', undefined as unknown as string, { owner: undefined }),
  ];
  /** Omitted lists match everything. */
  const scope = campaignScopeSchema.parse({});
  const names = (list: ScopedEntity[]) =>
    list.map(e => e.entityRef.split('/')[1]);

  it('matches everything with an empty scope', () => {
    expect(names(entitiesInScope(all, scope, []))).toEqual([
      'orders',
      'ledger',
      'catalog',
      'orphan',
    ]);
  });

  it('needs every given list to match and any value within a list', () => {
    expect(
      names(
        entitiesInScope(all, { ...scope, lifecycles: ['Production'] }, [
          'group:default/payments',
          'group:default/PAYMENTS-core',
        ]),
      ),
    ).toEqual(['orders']);
    expect(
      names(entitiesInScope(all, { ...scope, tags: ['go', 'java'] }, [])),
    ).toEqual(['orders', 'catalog']);
    expect(
      names(
        entitiesInScope(
          all,
          { ...scope, systems: ['system:default/checkout'] },
          [],
        ),
      ),
    ).toEqual(['orders']);
  });
});

describe('targetCheckPredicate', () => {
  it('takes a level target as every check of that scorecard at or below the level', () => {
    const isTarget = targetCheckPredicate(
      { type: 'level', scorecard: 'supply-chain', level: 'silver' },
      [
        { id: 'supply-chain.a', scorecard: 'supply-chain', level: 'bronze' },
        { id: 'supply-chain.b', scorecard: 'supply-chain', level: 'silver' },
        { id: 'supply-chain.c', scorecard: 'supply-chain', level: 'gold' },
        { id: 'security.d', scorecard: 'security', level: 'bronze' },
      ],
    );
    expect(
      [
        'supply-chain.a',
        'supply-chain.b',
        'supply-chain.c',
        'security.d',
      ].filter(isTarget),
    ).toEqual(['supply-chain.a', 'supply-chain.b']);
  });
});

describe('campaignHealth', () => {
  const base = {
    startDate: '2026-11-01',
    deadline: '2026-12-31',
    remainingAtStart: 60,
  };
  it('is on track at or under the straight line and at risk above it', () => {
    expect(
      campaignHealth({ ...base, today: '2026-11-11', remaining: 50 }),
    ).toBe('on-track');
    expect(
      campaignHealth({ ...base, today: '2026-11-11', remaining: 51 }),
    ).toBe('at-risk');
  });
  it('is not started before the start, at risk in the last week, overdue after the deadline', () => {
    expect(
      campaignHealth({ ...base, today: '2026-10-30', remaining: 60 }),
    ).toBe('not-started');
    expect(campaignHealth({ ...base, today: '2026-12-26', remaining: 1 })).toBe(
      'at-risk',
    );
    expect(campaignHealth({ ...base, today: '2027-01-01', remaining: 1 })).toBe(
      'overdue',
    );
    expect(campaignHealth({ ...base, today: '2027-01-01', remaining: 0 })).toBe(
      'complete',
    );
  });
});
