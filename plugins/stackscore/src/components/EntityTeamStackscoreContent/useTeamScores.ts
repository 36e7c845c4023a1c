import { useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  CompoundEntityRef,
  getCompoundEntityRef,
} from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { stackscoreApiRef } from '../../api';

/**
 * The current group's ref, stable across renders so effects keyed on it do not refetch needlessly.
 *
 * @internal
 */
export function useTeamRef(): CompoundEntityRef {
  const { entity } = useEntity();
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  return useMemo(() => ({ kind, namespace, name }), [kind, namespace, name]);
}

/**
 * The current group's team rollup. `all` reads every scored service (following cursors) for tables; `summary`
 * reads a single row, since the totals, averages and level distributions cover the whole set either way.
 *
 * @internal
 */
export function useTeamScores(options: {
  includeSubgroups: boolean;
  scope: 'all' | 'summary';
}) {
  const { includeSubgroups, scope } = options;
  const api = useApi(stackscoreApiRef);
  const ref = useTeamRef();
  return useAsync(
    () =>
      scope === 'all'
        ? api.getAllTeamScores(ref, { includeSubgroups })
        : api.getTeamScores(ref, { includeSubgroups, limit: 1 }),
    [api, ref, includeSubgroups, scope],
  );
}

/**
 * The current group's daily mean score and level counts per scorecard, over the backend's default range.
 *
 * @internal
 */
export function useTeamHistory(options: { includeSubgroups: boolean }) {
  const { includeSubgroups } = options;
  const api = useApi(stackscoreApiRef);
  const ref = useTeamRef();
  return useAsync(
    () => api.getTeamHistory(ref, { includeSubgroups }),
    [api, ref, includeSubgroups],
  );
}
