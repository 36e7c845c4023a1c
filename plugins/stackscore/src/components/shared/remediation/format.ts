import {
  REMEDIATION_SYSTEM_ACTOR,
  type CampaignHealth,
  type CampaignTarget,
  type RemediationEvent,
  type RemediationStatus,
} from '@stackscore/plugin-stackscore-common';

/**
 * How a remediation status reads in the UI.
 *
 * @internal
 */
export const statusLabels: Record<RemediationStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  exempted: 'Exempted',
  resolved: 'Resolved',
};

/**
 * How a campaign health reads in the UI.
 *
 * @internal
 */
export const healthLabels: Record<CampaignHealth, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  overdue: 'Overdue',
  complete: 'Complete',
};

/**
 * Who made a change: `Stackscore` for scoring and expiries, otherwise the user's name from the ref.
 *
 * @internal
 */
export function actorName(actor: string): string {
  if (actor === REMEDIATION_SYSTEM_ACTOR) return 'Stackscore';
  return actor.replace(/^user:(default\/)?/, '');
}

/**
 * One event as a sentence, e.g. "status: Open → In progress".
 *
 * @internal
 */
export function describeEvent(event: RemediationEvent): string {
  const status = (value?: string) =>
    value ? statusLabels[value as RemediationStatus] ?? value : '—';
  switch (event.type) {
    case 'opened':
      return 'Opened: the check failed';
    case 'reopened':
      return 'Reopened: the check fails again';
    case 'resolved':
      return 'Resolved: the check passes';
    case 'exempted':
      return 'Exempted: an exemption covers the check';
    case 'exemption-ended':
      return 'Exemption ended while the check still fails';
    case 'status':
      return `Status ${status(event.from)} → ${status(event.to)}`;
    case 'assignee':
      return event.to ? `Assigned to ${actorName(event.to)}` : 'Unassigned';
    case 'due-date':
      return event.to ? `Due ${event.to}` : 'Due date cleared';
    case 'ticket':
      return event.to ? `Ticket ${event.to}` : 'Ticket removed';
    case 'notes':
      return event.to ? 'Notes changed' : 'Notes cleared';
    default:
      return event.type;
  }
}

/**
 * A campaign target in words: "supply-chain silver" or "3 checks".
 *
 * @internal
 */
export function describeTarget(target: CampaignTarget): string {
  if (target.type === 'level') return `${target.scorecard} ${target.level}`;
  return target.checks.length === 1
    ? target.checks[0]
    : `${target.checks.length} checks`;
}

/**
 * The readable part of an entity ref: its name, with the kind and namespace only when they are not the usual.
 *
 * @internal
 */
export function shortRef(ref: string): string {
  return ref.replace(/^(component|group|user):default\//, '');
}

/**
 * Days to a deadline in words: "3 days left", "today", "2 days past".
 *
 * @internal
 */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  const days = Math.abs(daysLeft);
  const count = `${days} day${days === 1 ? '' : 's'}`;
  return daysLeft < 0 ? `${count} past` : `${count} left`;
}

/**
 * The first thing a schema refused in a change, as "field: reason", for a form's error line.
 *
 * @internal
 */
export function firstIssueText(error: {
  issues: ReadonlyArray<{
    path: ReadonlyArray<PropertyKey>;
    message: string;
  }>;
}): string {
  const issue = error.issues[0];
  return `${issue.path.map(String).join('.') || 'change'}: ${issue.message}`;
}
