import { WarningPanel } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';

/**
 * The backend's catalog has no such group (404). Usually the group is new and the backend has not seen it
 * yet, so say that instead of showing a raw request error.
 *
 * @internal
 */
export function TeamNotFoundPanel({ entityRef }: { entityRef: string }) {
  return (
    <WarningPanel
      severity="info"
      defaultExpanded
      title="Group not known to Stackscore"
      message={`Stackscore could not find ${entityRef} in the catalog it reads. If the group was added or renamed recently, reload this page once the catalog has processed it.`}
    />
  );
}

/**
 * {@link TeamNotFoundPanel} for the group of the current entity page.
 *
 * @internal
 */
export function TeamNotFound() {
  const { entity } = useEntity();
  return <TeamNotFoundPanel entityRef={stringifyEntityRef(entity)} />;
}
