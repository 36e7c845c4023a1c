import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { stackscoreApiRef } from '../../api';
import { ScoreTrendChart } from '../shared/ScoreTrendChart';

/**
 * The entity's daily scores per scorecard over the last 90 days (the API's default range).
 *
 * @internal
 */
export function ScoreHistory({
  entity,
  version,
}: {
  entity: CompoundEntityRef;
  /** Changes when the scores were reloaded, so today's point is read again. */
  version: string;
}) {
  const api = useApi(stackscoreApiRef);
  const { value, loading, error } = useAsync(
    () => api.getEntityHistory(entity),
    [api, entity.kind, entity.namespace, entity.name, version],
  );
  return (
    <InfoCard
      title="History"
      subheader="Daily score per scorecard, last 90 days"
    >
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && <ScoreTrendChart points={value.points} />}
    </InfoCard>
  );
}
