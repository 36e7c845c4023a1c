import { ReactNode, useState } from 'react';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useNavigate } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  Decision,
  DecisionStatus,
  getDecisionTemplate,
  madrFileName,
  stackscoreDecisionSupersedePermission,
  stackscoreDecisionUpdatePermission,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { DecisionEditor } from '../DecisionEditor/DecisionEditor';
import { contentOf, today } from '../DecisionEditor/form';
import { DecisionSections } from '../shared/DecisionSections';
import { DecisionStatusChip } from '../shared/DecisionStatusChip';
import { serverMessage, statusOf } from '../shared/responseErrors';
import { useDecisionLinks } from '../shared/decisionLinks';
import { day } from '../shared/radar';
import { DecisionHistory } from './DecisionHistory';
import { Person } from './Person';
import { downloadText } from './madrFile';

/**
 * Props of {@link DecisionDetail}.
 *
 * @internal
 */
export interface DecisionDetailProps {
  /** Decision id (UUID). */
  id: string;
  /** What the MADR importer could not map, shown once right after an import. */
  importWarnings?: string[];
}

const statusActions: Array<{ status: DecisionStatus; label: string }> = [
  { status: 'accepted', label: 'Accept' },
  { status: 'rejected', label: 'Reject' },
  { status: 'deprecated', label: 'Deprecate' },
];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box mb={1.5}>
      <Typography variant="overline" component="dt" color="textSecondary">
        {label}
      </Typography>
      <Typography variant="body2" component="dd" style={{ margin: 0 }}>
        {children}
      </Typography>
    </Box>
  );
}

function Separated({ items }: { items: ReactNode[] }) {
  if (items.length === 0) return <>—</>;
  return (
    <>
      {items.map((item, i) => (
        <span key={i}>
          {i > 0 && ', '}
          {item}
        </span>
      ))}
    </>
  );
}

/** "#3 Use Kafka for domain events", or a neutral phrase while (or if) the other record cannot be read. */
function recordName(decision: Decision | undefined, fallback: string) {
  return decision ? `#${decision.number} ${decision.title}` : fallback;
}

/**
 * One decision record: its chain of supersession, status, every written section, scope (team and entities),
 * links to radar entries and checks, tags, deciders, who created and last changed it, and its history.
 * People with the permissions can edit it, accept, reject or deprecate it, and supersede it with a new
 * record; everyone can export it as MADR markdown.
 *
 * @internal
 */
export function DecisionDetail(props: DecisionDetailProps) {
  const { id, importWarnings } = props;
  const api = useApi(stackscoreApiRef);
  const links = useDecisionLinks();
  const navigate = useNavigate();
  const record = useAsyncRetry(() => api.getDecision(id), [api, id]);
  const history = useAsyncRetry(() => api.getDecisionHistory(id), [api, id]);
  const { allowed: canUpdate } = usePermission({
    permission: stackscoreDecisionUpdatePermission,
  });
  const { allowed: canSupersede } = usePermission({
    permission: stackscoreDecisionSupersedePermission,
  });
  const [mode, setMode] = useState<'view' | 'edit' | 'supersede'>('view');
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();

  const decision = record.value;
  const supersedesId = decision?.supersedes;
  const supersededById = decision?.supersededBy;
  const chain = useAsync(async () => {
    const read = (other?: string) =>
      other ? api.getDecision(other).catch(() => undefined) : undefined;
    const [supersedes, supersededBy] = await Promise.all([
      read(supersedesId),
      read(supersededById),
    ]);
    return { supersedes, supersededBy };
  }, [api, supersedesId, supersededById]);

  const radarIds = decision?.links.radarEntries ?? [];
  const checkIds = decision?.links.checks ?? [];
  // Titles for the linked radar entries and checks; ids are shown until (or if) they cannot be read.
  const radarTitles = useAsync(
    async () =>
      radarIds.length
        ? new Map((await api.getRadar()).entries.map(e => [e.id, e.title]))
        : new Map<string, string>(),
    [api, radarIds.length],
  );
  const checkTitles = useAsync(
    async () =>
      checkIds.length
        ? new Map((await api.getChecks()).items.map(c => [c.id, c.title]))
        : new Map<string, string>(),
    [api, checkIds.length],
  );

  const refresh = () => {
    record.retry();
    history.retry();
  };

  if (record.loading && !decision) return <Progress />;
  if (record.error) return <ResponseErrorPanel error={record.error} />;
  if (!decision) return null;

  if (mode === 'edit') {
    return (
      <DecisionEditor
        mode="edit"
        initial={contentOf(decision)}
        decision={decision}
        onSaved={() => {
          setMode('view');
          refresh();
        }}
        onCancel={() => setMode('view')}
      />
    );
  }
  if (mode === 'supersede') {
    return (
      <DecisionEditor
        mode="supersede"
        initial={{ ...contentOf(decision), status: 'proposed', date: today() }}
        decision={decision}
        onSaved={replacement => navigate(links.decision(replacement.id))}
        onCancel={() => setMode('view')}
      />
    );
  }

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setActionError(undefined);
    try {
      await action();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  };

  const changeStatus = (status: DecisionStatus) =>
    run(async () => {
      // The version shown is the one the change is based on; the backend refuses it if the record moved on.
      await api.updateDecision(decision.id, {
        status,
        version: decision.version,
      });
      refresh();
    });

  const exportMadr = () =>
    run(async () => {
      const markdown = await api.exportDecisionMadr(decision.id);
      downloadText(
        madrFileName(decision),
        markdown,
        'text/markdown;charset=utf-8',
      );
    });

  const superseded = decision.status === 'superseded';
  const template = decision.templateId
    ? getDecisionTemplate(decision.templateId)
    : undefined;

  return (
    <Box>
      {importWarnings && importWarnings.length > 0 && (
        <Box mb={2}>
          <Alert severity="info">
            <AlertTitle>Imported; some parts could not be mapped</AlertTitle>
            <Box component="ul" m={0} pl={2}>
              {importWarnings.map((warning, i) => (
                <li key={i}>{warning}</li>
              ))}
            </Box>
          </Alert>
        </Box>
      )}
      {supersededById && (
        <Box mb={2}>
          <Alert severity="warning">
            <AlertTitle>This decision was superseded</AlertTitle>
            <Link to={links.decision(supersededById)}>
              Superseded by{' '}
              {recordName(chain.value?.supersededBy, 'a newer decision')}
            </Link>
          </Alert>
        </Box>
      )}

      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 12 }}
      >
        <Typography variant="h4" component="h2">
          {decision.title}
        </Typography>
        <DecisionStatusChip status={decision.status} />
      </Box>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        Decision #{decision.number} ·{' '}
        {decision.scope.team ? (
          <EntityRefLink entityRef={decision.scope.team} defaultKind="group" />
        ) : (
          'Organisation'
        )}{' '}
        · {decision.date}
      </Typography>
      {supersedesId && (
        <Typography variant="body2" gutterBottom>
          <Link to={links.decision(supersedesId)}>
            Supersedes{' '}
            {recordName(chain.value?.supersedes, 'an earlier decision')}
          </Link>
        </Typography>
      )}

      <Box my={2} display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {canUpdate && (
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setMode('edit')}
            disabled={busy}
          >
            Edit
          </Button>
        )}
        {canUpdate &&
          !superseded &&
          statusActions
            .filter(action => action.status !== decision.status)
            .map(action => (
              <Button
                key={action.status}
                variant="outlined"
                onClick={() => changeStatus(action.status)}
                disabled={busy}
              >
                {action.label}
              </Button>
            ))}
        {canSupersede && !superseded && (
          <Button
            variant="outlined"
            onClick={() => setMode('supersede')}
            disabled={busy}
          >
            Supersede
          </Button>
        )}
        <Button variant="outlined" onClick={exportMadr} disabled={busy}>
          Export MADR
        </Button>
      </Box>
      {Boolean(actionError) && (
        <Box mb={2}>
          <Alert
            severity="error"
            action={
              statusOf(actionError) === 409 ? (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    setActionError(undefined);
                    refresh();
                  }}
                >
                  Reload
                </Button>
              ) : undefined
            }
          >
            {serverMessage(actionError)}
          </Alert>
        </Box>
      )}

      <Grid container spacing={3}>
        <Grid item xs={12} md={8}>
          <DecisionSections content={decision} />
        </Grid>
        <Grid item xs={12} md={4}>
          <Paper variant="outlined">
            <Box p={2} component="dl" m={0}>
              <Fact label="Status">{decision.status}</Fact>
              <Fact label="Team">
                {decision.scope.team ? (
                  <EntityRefLink
                    entityRef={decision.scope.team}
                    defaultKind="group"
                  />
                ) : (
                  'Organisation-wide'
                )}
              </Fact>
              <Fact label="Entities">
                <Separated
                  items={decision.scope.entities.map(ref => (
                    <EntityRefLink key={ref} entityRef={ref} />
                  ))}
                />
              </Fact>
              <Fact label="Radar entries">
                <Separated
                  items={radarIds.map(entry => (
                    <Link key={entry} to={links.radarEntry(entry)}>
                      {radarTitles.value?.get(entry) ?? entry}
                    </Link>
                  ))}
                />
              </Fact>
              <Fact label="Checks">
                <Separated
                  items={checkIds.map(check => (
                    <Link key={check} to={links.check(check)}>
                      {checkTitles.value?.get(check) ?? check}
                    </Link>
                  ))}
                />
              </Fact>
              <Fact label="Tags">
                {decision.tags.length === 0 ? (
                  '—'
                ) : (
                  <Box
                    component="span"
                    display="inline-flex"
                    flexWrap="wrap"
                    style={{ gap: 4 }}
                  >
                    {decision.tags.map(tag => (
                      <Chip key={tag} size="small" label={tag} />
                    ))}
                  </Box>
                )}
              </Fact>
              <Fact label="Deciders">
                <Separated
                  items={decision.deciders.map(who => (
                    <Person key={who} who={who} />
                  ))}
                />
              </Fact>
              <Fact label="Date">{decision.date}</Fact>
              {template && <Fact label="Template">{template.title}</Fact>}
              <Fact label="Created">
                {day(decision.createdAt)} by <Person who={decision.createdBy} />
              </Fact>
              <Fact label="Updated">
                {day(decision.updatedAt)} by <Person who={decision.updatedBy} />{' '}
                (version {decision.version})
              </Fact>
            </Box>
          </Paper>
        </Grid>
      </Grid>

      <Box mt={3}>
        <Typography variant="h6" component="h3" gutterBottom>
          History
        </Typography>
        <DecisionHistory
          entries={history.value?.items}
          loading={history.loading}
          error={history.error}
        />
      </Box>
    </Box>
  );
}
