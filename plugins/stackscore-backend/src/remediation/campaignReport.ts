import {
  CAMPAIGN_AT_RISK_DAYS,
  compareScorecardLevels,
  type Campaign,
  type CampaignBurnDownPoint,
  type CampaignDetailResponse,
  type CampaignFailingEntity,
  type CampaignHealth,
  type CampaignScope,
  type CampaignTarget,
  type CampaignTeamProgress,
  type CheckDefinition,
  type RemediationItem,
} from '@stackscore/plugin-stackscore-common';
import type {
  ExemptionSpan,
  ResultChange,
  ScopedEntity,
} from '../database/CampaignStore';
import { isFailing } from '../database/remediationSync';

/** Longest burn-down drawn; older days of a long campaign are left off. */
const maxBurnDownDays = 400;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Whether a check counts towards a campaign's target: one of its checks, or a check of the target scorecard at
 * or below the target level (those are what the level needs passing).
 *
 * @internal
 */
export function targetCheckPredicate(
  target: CampaignTarget,
  definitions: readonly Pick<CheckDefinition, 'id' | 'scorecard' | 'level'>[],
): (checkId: string) => boolean {
  if (target.type === 'checks') {
    const ids = new Set(target.checks);
    return checkId => ids.has(checkId);
  }
  const ids = new Set(
    definitions
      .filter(
        d =>
          d.scorecard === target.scorecard &&
          compareScorecardLevels(d.level, target.level) <= 0,
      )
      .map(d => d.id),
  );
  return checkId => ids.has(checkId);
}

/**
 * The scored entities a campaign scope covers. `owners` are compared case-insensitively and are expected to
 * be expanded to subgroups already when the scope asks for them.
 *
 * @internal
 */
export function entitiesInScope(
  entities: readonly ScopedEntity[],
  scope: CampaignScope,
  owners: readonly string[],
): ScopedEntity[] {
  const ownerSet = new Set(owners.map(o => o.toLowerCase()));
  const lifecycles = new Set(scope.lifecycles.map(l => l.toLowerCase()));
  const tags = new Set(scope.tags);
  const systems = new Set(scope.systems.map(s => s.toLowerCase()));
  return entities.filter(
    e =>
      (ownerSet.size === 0 ||
        (e.owner !== undefined && ownerSet.has(e.owner.toLowerCase()))) &&
      (lifecycles.size === 0 ||
        (e.lifecycle !== undefined &&
          lifecycles.has(e.lifecycle.toLowerCase()))) &&
      (tags.size === 0 || e.tags.some(t => tags.has(t))) &&
      (systems.size === 0 ||
        (e.system !== undefined && systems.has(e.system.toLowerCase()))),
  );
}

/**
 * Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier.
 *
 * @internal
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / dayMs);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(day) + n * dayMs).toISOString().slice(0, 10);
}

function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** The last instant of a UTC day, when a day's standing is read. */
function endOfDay(day: string): number {
  return Date.parse(day) + dayMs - 1;
}

/**
 * Health of a campaign or of one team in it. Behind means more left to fix today than a straight line from
 * what was left at the start to zero at the deadline allows.
 *
 * @internal
 */
export function campaignHealth(input: {
  startDate: string;
  deadline: string;
  today: string;
  remaining: number;
  remainingAtStart: number;
}): CampaignHealth {
  const { startDate, deadline, today, remaining, remainingAtStart } = input;
  if (remaining === 0) return 'complete';
  if (today < startDate) return 'not-started';
  if (today > deadline) return 'overdue';
  if (daysBetween(today, deadline) <= CAMPAIGN_AT_RISK_DAYS) return 'at-risk';
  const span = daysBetween(startDate, deadline);
  const ideal =
    span <= 0
      ? 0
      : remainingAtStart * (1 - daysBetween(startDate, today) / span);
  return remaining > Math.ceil(ideal) ? 'at-risk' : 'on-track';
}

/** The list a map holds under `key`, created empty on first use. */
function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** One (entity, check)'s status over time, from its stored changes. */
class StatusTimeline {
  constructor(
    private readonly changes: ResultChange[],
    private readonly current: string | undefined,
  ) {}

  at(time: number): string | undefined {
    if (this.changes.length === 0) return this.current;
    let found: ResultChange | undefined;
    for (const change of this.changes) {
      if (change.changedAt.getTime() > time) break;
      found = change;
    }
    return found ? found.status : this.changes[0].previousStatus;
  }
}

/**
 * Everything `GET /v1/campaigns/:id` reports, computed from stored scores: compliance now (overall and per
 * owner), a daily burn-down of entities not yet compliant, and the overdue and at-risk lists.
 *
 * Scope membership is today's: an entity that joined the scope last week is counted on every day of the
 * burn-down, by what its history says about those days.
 *
 * @internal
 */
export function campaignReport(input: {
  campaign: Campaign;
  today: string;
  now: Date;
  entities: readonly ScopedEntity[];
  current: ReadonlyArray<{
    entityRef: string;
    checkId: string;
    status: string;
  }>;
  changes: readonly ResultChange[];
  exemptions: readonly ExemptionSpan[];
  /** Unresolved items the campaign covers. */
  items: readonly RemediationItem[];
}): Omit<CampaignDetailResponse, 'campaign'> {
  const { campaign, today, now, entities } = input;
  const key = (entityRef: string, checkId: string) =>
    `${entityRef}\n${checkId}`;

  const currentByKey = new Map<string, string>();
  const checksByEntity = new Map<string, Set<string>>();
  const addCheck = (entityRef: string, checkId: string) => {
    let set = checksByEntity.get(entityRef);
    if (!set) checksByEntity.set(entityRef, (set = new Set()));
    set.add(checkId);
  };
  for (const r of input.current) {
    currentByKey.set(key(r.entityRef, r.checkId), r.status);
    addCheck(r.entityRef, r.checkId);
  }
  const changesByKey = new Map<string, ResultChange[]>();
  for (const c of input.changes) {
    const k = key(c.entityRef, c.checkId);
    listIn(changesByKey, k).push(c);
    addCheck(c.entityRef, c.checkId);
  }
  const spansByKey = new Map<string, ExemptionSpan[]>();
  for (const s of input.exemptions) {
    listIn(spansByKey, key(s.entityRef, s.checkId)).push(s);
  }
  const timelines = new Map<string, StatusTimeline>();
  const timeline = (k: string) => {
    let t = timelines.get(k);
    if (!t) {
      t = new StatusTimeline(changesByKey.get(k) ?? [], currentByKey.get(k));
      timelines.set(k, t);
    }
    return t;
  };
  const exemptAt = (k: string, time: number) =>
    (spansByKey.get(k) ?? []).some(
      s => s.from.getTime() <= time && time < s.until.getTime(),
    );

  const failingChecksAt = (entityRef: string, time: number): string[] =>
    [...(checksByEntity.get(entityRef) ?? [])]
      .filter(checkId => {
        const k = key(entityRef, checkId);
        const status = timeline(k).at(time);
        return status !== undefined && isFailing(status) && !exemptAt(k, time);
      })
      .sort();

  // Burn-down: each entity's standing only changes on days something happened to it, so it is read on
  // those days and carried over the days between.
  const lastDay = today < campaign.deadline ? today : campaign.deadline;
  let firstDay = campaign.startDate;
  if (daysBetween(firstDay, lastDay) >= maxBurnDownDays) {
    firstDay = addDays(lastDay, -(maxBurnDownDays - 1));
  }
  const dayCount = lastDay >= firstDay ? daysBetween(firstDay, lastDay) + 1 : 0;
  const diff = new Array<number>(dayCount + 1).fill(0);
  const atStart = new Map<string, boolean>();
  for (const entity of entities) {
    const boundaries = new Set<number>([0]);
    const mark = (time: Date) => {
      const index = daysBetween(firstDay, dayOf(time));
      if (index > 0 && index < dayCount) boundaries.add(index);
    };
    for (const checkId of checksByEntity.get(entity.entityRef) ?? []) {
      const k = key(entity.entityRef, checkId);
      for (const c of changesByKey.get(k) ?? []) mark(c.changedAt);
      for (const s of spansByKey.get(k) ?? []) {
        mark(s.from);
        mark(s.until);
      }
    }
    const sorted = [...boundaries].sort((a, b) => a - b);
    sorted.forEach((index, i) => {
      if (index >= dayCount) return;
      const failing =
        failingChecksAt(entity.entityRef, endOfDay(addDays(firstDay, index)))
          .length > 0;
      if (index === 0) atStart.set(entity.entityRef, failing);
      if (failing) {
        diff[index]++;
        diff[sorted[i + 1] ?? dayCount]--;
      }
    });
  }
  const span = daysBetween(campaign.startDate, campaign.deadline);
  const burnDown: CampaignBurnDownPoint[] = [];
  let running = 0;
  for (let i = 0; i < dayCount; i++) {
    running += diff[i];
    burnDown.push({ day: addDays(firstDay, i), remaining: running, ideal: 0 });
  }
  const startRemaining = burnDown[0]?.remaining ?? 0;
  for (const point of burnDown) {
    const elapsed = daysBetween(campaign.startDate, point.day);
    point.ideal =
      span <= 0
        ? 0
        : Math.max(
            0,
            Math.round(startRemaining * (1 - elapsed / span) * 10) / 10,
          );
  }

  // Now: the current results and the exemptions active at this moment.
  const nowTime = now.getTime();
  const itemsByEntity = new Map<string, RemediationItem[]>();
  for (const item of input.items) {
    listIn(itemsByEntity, item.entityRef).push(item);
  }
  const failingNow: CampaignFailingEntity[] = [];
  const teams = new Map<
    string,
    { inScope: number; failing: number; failingAtStart: number }
  >();
  for (const entity of entities) {
    const failingChecks = [...(checksByEntity.get(entity.entityRef) ?? [])]
      .filter(checkId => {
        const k = key(entity.entityRef, checkId);
        const status = currentByKey.get(k);
        return (
          status !== undefined && isFailing(status) && !exemptAt(k, nowTime)
        );
      })
      .sort();
    const owner = entity.owner ?? 'unowned';
    const team = teams.get(owner) ?? {
      inScope: 0,
      failing: 0,
      failingAtStart: 0,
    };
    team.inScope++;
    if (atStart.get(entity.entityRef)) team.failingAtStart++;
    if (failingChecks.length > 0) {
      team.failing++;
      failingNow.push({
        entityRef: entity.entityRef,
        owner: entity.owner,
        failingChecks,
        items: (itemsByEntity.get(entity.entityRef) ?? []).filter(item =>
          failingChecks.includes(item.checkId),
        ),
      });
    }
    teams.set(owner, team);
  }

  const inScope = entities.length;
  const compliant = inScope - failingNow.length;
  const daysLeft = daysBetween(today, campaign.deadline);
  const health = campaignHealth({
    startDate: campaign.startDate,
    deadline: campaign.deadline,
    today,
    remaining: failingNow.length,
    remainingAtStart: startRemaining,
  });
  const teamRows: CampaignTeamProgress[] = [...teams.entries()]
    .map(([owner, t]) => ({
      owner,
      inScope: t.inScope,
      compliant: t.inScope - t.failing,
      ratio: t.inScope === 0 ? 1 : (t.inScope - t.failing) / t.inScope,
      health: campaignHealth({
        startDate: campaign.startDate,
        deadline: campaign.deadline,
        today,
        remaining: t.failing,
        remainingAtStart: t.failingAtStart,
      }),
    }))
    .sort((a, b) => a.ratio - b.ratio || a.owner.localeCompare(b.owner));

  return {
    progress: {
      inScope,
      compliant,
      ratio: inScope === 0 ? 1 : compliant / inScope,
    },
    health,
    daysLeft,
    teams: teamRows,
    burnDown,
    overdue: daysLeft < 0 ? failingNow : [],
    atRisk:
      daysLeft >= 0 && daysLeft <= CAMPAIGN_AT_RISK_DAYS
        ? failingNow.filter(e => e.items.some(item => item.status === 'open'))
        : [],
  };
}
