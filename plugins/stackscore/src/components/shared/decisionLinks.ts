import { useMemo } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';
import { checkQueryParam } from '../CheckCatalogue/query';

// The Radar tab's `?entry=` parameter, spelled here because importing it from RadarPage would make the radar
// entry details (which list decisions) import the page that renders them.
const entryQueryParam = 'entry';

/** Where the page is mounted when the app does not say, as `StackscorePage` documents it. */
const defaultRoot = '/stackscore';

/**
 * Where the Stackscore page is mounted. Decision and remediation views also render outside the page (entity
 * tabs, radar entry and check details), so links into it are absolute; an app that mounts the page elsewhere
 * gets its own path through the route ref.
 *
 * @internal
 */
export function useStackscoreRoot(): string {
  // useRouteRef throws after running all of its hooks when the page is not mounted (isolated component
  // tests, apps without the page), so catching keeps the hook order stable and falls back to the default.
  try {
    return useRouteRef(rootRouteRef)();
  } catch {
    return defaultRoot;
  }
}

/**
 * What a new decision starts with when opened by a link: a scope and a template.
 *
 * @internal
 */
export interface NewDecisionParams {
  /** Group entity ref. */
  team?: string;
  /** Entity refs. */
  entities?: string[];
  /** Decision template id. */
  template?: string;
}

/**
 * Query parameters of the new-decision route.
 *
 * @internal
 */
export const newDecisionQuery = {
  team: 'team',
  entity: 'entity',
  template: 'template',
} as const;

/**
 * Links to the decision views and to what decisions link to.
 *
 * @internal
 */
export interface DecisionLinks {
  /** The Decisions tab. */
  list(options?: { team?: string }): string;
  decision(id: string): string;
  newDecision(params?: NewDecisionParams): string;
  radarEntry(id: string): string;
  check(id: string): string;
}

/**
 * Absolute links to the Decisions tab, a record, a new record, a radar entry and a check.
 *
 * @internal
 */
export function useDecisionLinks(): DecisionLinks {
  const root = useStackscoreRoot().replace(/\/$/, '');
  return useMemo(() => {
    const query = (params: URLSearchParams) => {
      const text = params.toString();
      return text ? `?${text}` : '';
    };
    return {
      list: options =>
        `${root}/decisions${query(
          new URLSearchParams(options?.team ? { team: options.team } : {}),
        )}`,
      decision: id => `${root}/decisions/${encodeURIComponent(id)}`,
      newDecision: (params = {}) => {
        const search = new URLSearchParams();
        if (params.team) search.set(newDecisionQuery.team, params.team);
        for (const entity of params.entities ?? []) {
          search.append(newDecisionQuery.entity, entity);
        }
        if (params.template) {
          search.set(newDecisionQuery.template, params.template);
        }
        return `${root}/decisions/new${query(search)}`;
      },
      radarEntry: id =>
        `${root}/radar${query(new URLSearchParams({ [entryQueryParam]: id }))}`,
      check: id =>
        `${root}/checks${query(
          new URLSearchParams({ [checkQueryParam]: id }),
        )}`,
    };
  }, [root]);
}
