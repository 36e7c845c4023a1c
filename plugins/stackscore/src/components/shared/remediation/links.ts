import { useMemo } from 'react';
import { useStackscoreRoot } from '../decisionLinks';

/**
 * Query parameters of the Remediation tab, so a team's board, a campaign's items or one item can be linked to.
 *
 * @internal
 */
export const boardQuery = {
  team: 'team',
  status: 'status',
  check: 'check',
  campaign: 'campaign',
  assignee: 'assignee',
  item: 'item',
} as const;

/**
 * Links to the remediation board and the campaign views.
 *
 * @internal
 */
export interface RemediationLinks {
  board(params?: { team?: string; campaign?: string; item?: string }): string;
  campaigns(): string;
  campaign(id: string): string;
  newCampaign(): string;
  editCampaign(id: string): string;
}

/**
 * Absolute links to the Remediation and Campaigns tabs of the Stackscore page.
 *
 * @internal
 */
export function useRemediationLinks(): RemediationLinks {
  const root = useStackscoreRoot().replace(/\/$/, '');
  return useMemo(
    () => ({
      board: (params = {}) => {
        const search = new URLSearchParams();
        if (params.team) search.set(boardQuery.team, params.team);
        if (params.campaign) search.set(boardQuery.campaign, params.campaign);
        if (params.item) search.set(boardQuery.item, params.item);
        const text = search.toString();
        return `${root}/remediation${text ? `?${text}` : ''}`;
      },
      campaigns: () => `${root}/campaigns`,
      campaign: id => `${root}/campaigns/${encodeURIComponent(id)}`,
      newCampaign: () => `${root}/campaigns/new`,
      editCampaign: id => `${root}/campaigns/${encodeURIComponent(id)}/edit`,
    }),
    [root],
  );
}
