import { useState } from 'react';
import {
  Content,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { stackscoreApiRef } from '../../api';
import { ItemDialog } from '../shared/remediation/ItemDialog';
import { ItemsTable } from '../shared/remediation/ItemsTable';
import { statusLabels } from '../shared/remediation/format';
import { useCheckTitles } from '../shared/remediation/useCheckTitles';
import { RemediationBoard } from '../RemediationBoard';

/**
 * The Remediation tab. On a component page: the component's failing checks as tracked items (status,
 * assignee, due date, ticket), most urgent first, resolved items on demand; opening an item edits it (owners
 * and admins) and shows its history. On a group page: the team's remediation board, subgroups included.
 *
 * @public
 */
export function EntityRemediationContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  if (entity.kind.toLocaleLowerCase('en-US') === 'group') {
    return (
      <Content>
        <RemediationBoard team={entityRef} />
      </Content>
    );
  }
  return <ComponentItems entityRef={entityRef} />;
}

function ComponentItems({ entityRef }: { entityRef: string }) {
  const api = useApi(stackscoreApiRef);
  const checkTitles = useCheckTitles();
  const [showResolved, setShowResolved] = useState(false);
  const [open, setOpen] = useState<string | undefined>();
  const items = useAsyncRetry(
    () =>
      api.listRemediations({
        entity: entityRef,
        status: showResolved ? undefined : ['open', 'in-progress', 'exempted'],
        limit: 500,
      }),
    [api, entityRef, showResolved],
  );

  return (
    <Content>
      <InfoCard
        title="Remediation"
        subheader="Every failing check is tracked until it passes"
      >
        <Box display="flex" alignItems="center" mb={1} style={{ gap: 16 }}>
          {items.value && (
            <Typography variant="body2">
              {(['open', 'in-progress', 'exempted', 'resolved'] as const)
                .map(s => `${statusLabels[s]}: ${items.value!.statusCounts[s]}`)
                .join(' · ')}
            </Typography>
          )}
          <FormControlLabel
            control={
              <Switch
                checked={showResolved}
                onChange={e => setShowResolved(e.target.checked)}
              />
            }
            label="Show resolved"
          />
        </Box>
        {items.loading && !items.value && <Progress />}
        {items.error && <ResponseErrorPanel error={items.error} />}
        {items.value && items.value.items.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            {showResolved
              ? 'Nothing has failed here since Stackscore started tracking.'
              : 'No open items: every check that applies passes or is exempted.'}
          </Typography>
        )}
        {items.value && items.value.items.length > 0 && (
          <ItemsTable
            items={items.value.items}
            showEntity={false}
            checkTitles={checkTitles}
            onOpen={item => setOpen(item.id)}
          />
        )}
      </InfoCard>
      {open && (
        <ItemDialog
          itemId={open}
          onClose={() => setOpen(undefined)}
          onChanged={() => items.retry()}
        />
      )}
    </Content>
  );
}
