import type { CheckLevel, ScorecardId } from './catalogue/types';

/**
 * A scorecard: a family of checks with bronze, silver and gold levels.
 *
 * @public
 */
export interface ScorecardDefinition {
  id: ScorecardId;
  title: string;
  description: string;
}

/**
 * Levels in ascending order; a level is reached when every applicable check at it and below passes.
 *
 * @public
 */
export const checkLevels: readonly CheckLevel[] = ['bronze', 'silver', 'gold'];

/**
 * The four scorecards, in display order.
 *
 * @public
 */
export const scorecards: readonly ScorecardDefinition[] = [
  {
    id: 'slo',
    title: 'SLOs and resilience',
    description:
      'Service level objectives with error budgets and tail-latency indicators, plus the timeouts, retries and shutdown behaviour that keep a service inside them.',
  },
  {
    id: 'observability',
    title: 'Observability',
    description:
      'Traces, metrics and structured logs that are vendor-neutral and correlated, health endpoints, dashboards and on-call alerting owned by a team.',
  },
  {
    id: 'security',
    title: 'Security hardening',
    description:
      'Static analysis and secret scanning in CI, hardened containers, safe handling of input, SQL, HTML, credentials and tokens.',
  },
  {
    id: 'supply-chain',
    title: 'Supply chain',
    description:
      'Locked and pinned dependencies, frozen installs, vulnerability scanning that blocks, automated updates, SBOMs and signed provenance.',
  },
];

/**
 * Every scorecard id, in display order.
 *
 * @public
 */
export const scorecardIds: readonly ScorecardId[] = scorecards.map(s => s.id);

/**
 * Looks up a scorecard definition by id.
 *
 * @public
 */
export function getScorecard(id: string): ScorecardDefinition | undefined {
  return scorecards.find(s => s.id === id);
}
