import { useState } from 'react';
import {
  Content,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useNavigate } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import {
  Decision,
  RepositoryAdr,
  stackscoreDecisionCreatePermission,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { DecisionsTable } from '../shared/DecisionsTable';
import { HeaderCell } from '../shared/HeaderCell';
import { NewDecisionParams, useDecisionLinks } from '../shared/decisionLinks';

/** The group owning an entity, as a full ref, when its owner is a group (owners may also be users). */
function ownerGroup(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return undefined;
  try {
    const ref = parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
    return ref.kind.toLocaleLowerCase('en-US') === 'group'
      ? stringifyEntityRef(ref)
      : undefined;
  } catch {
    return undefined;
  }
}

function NewDecisionButton({ params }: { params: NewDecisionParams }) {
  const links = useDecisionLinks();
  const navigate = useNavigate();
  const { allowed } = usePermission({
    permission: stackscoreDecisionCreatePermission,
  });
  if (!allowed) return null;
  return (
    <Button
      variant="contained"
      color="primary"
      onClick={() => navigate(links.newDecision(params))}
    >
      New decision
    </Button>
  );
}

function PortalDecisions({
  decisions,
  empty,
}: {
  decisions: Decision[];
  empty: string;
}) {
  if (decisions.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty}
      </Typography>
    );
  }
  return <DecisionsTable decisions={decisions} />;
}

// Statuses and formats are short words the theme would otherwise break mid-word in narrow cells.
const wordCell = { wordBreak: 'normal' as const };

const formatNames: Record<RepositoryAdr['format'], string> = {
  madr: 'MADR',
  nygard: 'Nygard',
  unknown: 'unknown',
};

function RepositoryAdrs({
  adrs,
  problem,
}: {
  adrs: RepositoryAdr[];
  problem?: string;
}) {
  return (
    <>
      {problem && (
        <Box mb={2}>
          <Alert severity="info">
            The repository’s ADR files could not be read: {problem}
          </Alert>
        </Box>
      )}
      {adrs.length === 0 && !problem ? (
        <Typography variant="body2" color="textSecondary">
          No ADR files in docs/adr, doc/adr or the folder named by the
          backstage.io/adr-location annotation.
        </Typography>
      ) : (
        adrs.length > 0 && (
          <Table size="small" aria-label="ADR files in the repository">
            <TableHead>
              <TableRow>
                <HeaderCell>File</HeaderCell>
                <HeaderCell>Title</HeaderCell>
                <HeaderCell>Status</HeaderCell>
                <HeaderCell>Date</HeaderCell>
                <HeaderCell>Format</HeaderCell>
                <HeaderCell>Note</HeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {adrs.map(adr => (
                <TableRow key={adr.file}>
                  <TableCell>
                    <code>{adr.file}</code>
                  </TableCell>
                  <TableCell>{adr.title ?? '—'}</TableCell>
                  <TableCell style={wordCell}>{adr.status ?? '—'}</TableCell>
                  <TableCell style={{ whiteSpace: 'nowrap' }}>
                    {adr.date ?? '—'}
                  </TableCell>
                  <TableCell style={wordCell}>
                    {formatNames[adr.format]}
                  </TableCell>
                  <TableCell>
                    {adr.error ? (
                      <Typography variant="body2" color="error">
                        {adr.error}
                      </Typography>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      )}
    </>
  );
}

function ComponentDecisions({ entity }: { entity: Entity }) {
  const api = useApi(stackscoreApiRef);
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const ref = stringifyEntityRef({ kind, namespace, name });
  const team = ownerGroup(entity);
  const result = useAsync(
    () => api.getEntityDecisions({ kind, namespace, name }),
    [api, kind, namespace, name],
  );

  if (result.loading) return <Progress />;
  if (result.error) return <ResponseErrorPanel error={result.error} />;
  const value = result.value;
  if (!value) return null;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          title="Decisions"
          titleTypographyProps={{ component: 'h2' }}
          subheader="Decision records kept in Stackscore that name this entity"
          action={
            <Box mt={1} mr={1}>
              <NewDecisionButton params={{ team, entities: [ref] }} />
            </Box>
          }
        >
          <PortalDecisions
            decisions={value.decisions}
            empty="No decision record names this entity yet."
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="In the repository"
          titleTypographyProps={{ component: 'h2' }}
          subheader="ADR files found in the source repository at the last scoring run; edit them there"
        >
          <RepositoryAdrs
            adrs={value.repository}
            problem={value.repositoryProblem}
          />
        </InfoCard>
      </Grid>
    </Grid>
  );
}

function TeamDecisions({ entity }: { entity: Entity }) {
  const api = useApi(stackscoreApiRef);
  const team = stringifyEntityRef(entity);
  const first = useAsync(() => api.listDecisions({ team }), [api, team]);
  const [more, setMore] = useState<{ items: Decision[]; cursor?: string }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error>();

  if (first.loading) return <Progress />;
  if (first.error) return <ResponseErrorPanel error={first.error} />;
  const items = [...(first.value?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.cursor : first.value?.nextCursor;

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api.listDecisions({ team, cursor });
      setMore({
        items: [...(more?.items ?? []), ...page.items],
        cursor: page.nextCursor,
      });
    } catch (e) {
      setMoreError(e as Error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <InfoCard
      title="Decisions"
      titleTypographyProps={{ component: 'h2' }}
      subheader="Decision records of this team, newest first"
      action={
        <Box mt={1} mr={1}>
          <NewDecisionButton params={{ team }} />
        </Box>
      }
    >
      <PortalDecisions
        decisions={items}
        empty="This team has not recorded a decision yet."
      />
      {moreError && <ResponseErrorPanel error={moreError} />}
      {cursor && (
        <Box mt={2} textAlign="center">
          <Button variant="outlined" onClick={loadMore} disabled={loadingMore}>
            Load more
          </Button>
        </Box>
      )}
    </InfoCard>
  );
}

/**
 * The "Decisions" entity tab. On a component: the decision records in Stackscore that name it, and the ADR
 * files found in its repository (with why they could not be read, if so). On a group: the team's records.
 * Both offer "New decision" with the scope filled in, to people allowed to write records.
 *
 * @public
 */
export function EntityDecisionsContent() {
  const { entity } = useEntity();
  const isGroup = entity.kind.toLocaleLowerCase('en-US') === 'group';
  return (
    <Content>
      {isGroup ? (
        <TeamDecisions entity={entity} />
      ) : (
        <ComponentDecisions entity={entity} />
      )}
    </Content>
  );
}
