import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { stackscoreApiRef } from '../../../api';

/**
 * Check titles by id, for lists that name checks; empty until the catalogue has loaded (ids show meanwhile).
 *
 * @internal
 */
export function useCheckTitles(): ReadonlyMap<string, string> {
  const api = useApi(stackscoreApiRef);
  const { value } = useAsync(async () => {
    const { items } = await api.getChecks();
    return new Map(items.map(check => [check.id, check.title]));
  }, [api]);
  return value ?? new Map();
}
