import { useApi } from '@backstage/core-plugin-api';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { stackscoreApiRef } from '../../api';

/**
 * The current entity's stored scores (undefined when not scored yet), with a retry for after a rescore.
 *
 * @internal
 */
export function useEntityScores() {
  const { entity } = useEntity();
  const api = useApi(stackscoreApiRef);
  const ref = getCompoundEntityRef(entity);
  const state = useAsyncRetry(
    () => api.getEntityScores(ref),
    [api, ref.kind, ref.namespace, ref.name],
  );
  return { ...state, ref, api };
}
