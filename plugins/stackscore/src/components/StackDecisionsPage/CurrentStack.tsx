import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import InfoIcon from '@material-ui/icons/InfoOutlined';
import WarningIcon from '@material-ui/icons/Warning';
import useAsync from 'react-use/esm/useAsync';
import type { TeamStackResponse } from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { isNotFound } from '../EntityTeamStackscoreContent/errors';
import { TeamNotFoundPanel } from '../EntityTeamStackscoreContent/TeamNotFound';
import { HeaderCell } from '../shared/HeaderCell';
import { citation } from '../shared/guidance';
import { frameworkName, languageName } from './names';

const warningColour = '#b26a00';

const useStyles = makeStyles(theme => ({
  warningRow: {
    boxShadow: `inset 4px 0 0 ${warningColour}`,
  },
  finding: {
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'flex-start',
    '& + &': {
      marginTop: theme.spacing(1),
    },
  },
  warning: {
    color: warningColour,
  },
  cite: {
    display: 'block',
    color: theme.palette.text.secondary,
  },
}));

type Service = TeamStackResponse['services'][number];

function Findings({ service }: { service: Service }) {
  const classes = useStyles();
  if (service.findings.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Fits the framework
      </Typography>
    );
  }
  return (
    <>
      {service.findings.map((finding, i) => (
        <div key={i} className={classes.finding}>
          {finding.severity === 'warning' ? (
            <WarningIcon
              fontSize="small"
              className={classes.warning}
              titleAccess="Warning"
            />
          ) : (
            <InfoIcon fontSize="small" color="action" titleAccess="Note" />
          )}
          <div>
            <Typography
              variant="body2"
              style={
                finding.severity === 'warning' ? { fontWeight: 600 } : undefined
              }
            >
              {finding.text}
            </Typography>
            <Typography
              variant="caption"
              component="cite"
              className={classes.cite}
            >
              {citation(finding.reference)}
            </Typography>
          </div>
        </div>
      ))}
    </>
  );
}

function targets(service: Service): string {
  const parts = [];
  if (service.p99TargetMs !== undefined) {
    parts.push(`p99 ≤ ${service.p99TargetMs} ms`);
  }
  if (service.rpsTarget !== undefined) parts.push(`${service.rpsTarget} rps`);
  return parts.join(', ') || '—';
}

function Tally({
  title,
  items,
}: {
  title: string;
  items: Array<{ name: string; services: number }>;
}) {
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {title}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          None detected
        </Typography>
      ) : (
        <Box display="flex" flexWrap="wrap" gridGap={8}>
          {items.map(item => (
            <Chip
              key={item.name}
              size="small"
              label={`${item.name} · ${item.services}`}
              title={`${item.services} ${
                item.services === 1 ? 'service' : 'services'
              }`}
            />
          ))}
        </Box>
      )}
    </Box>
  );
}

function StackTable({ stack }: { stack: TeamStackResponse }) {
  const classes = useStyles();
  return (
    <Table size="small" aria-label="Current stack by service">
      <TableHead>
        <TableRow>
          <HeaderCell>Service</HeaderCell>
          <HeaderCell>Languages</HeaderCell>
          <HeaderCell>Frameworks</HeaderCell>
          <HeaderCell>Targets</HeaderCell>
          <HeaderCell>Findings</HeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {stack.services.map(service => (
          <TableRow
            key={service.entityRef}
            className={
              service.findings.some(f => f.severity === 'warning')
                ? classes.warningRow
                : undefined
            }
          >
            <TableCell>
              <EntityRefLink entityRef={service.entityRef} />
            </TableCell>
            <TableCell>
              {service.languages.map(languageName).join(', ') || '—'}
            </TableCell>
            <TableCell>
              {service.frameworks.map(frameworkName).join(', ') || '—'}
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {targets(service)}
            </TableCell>
            <TableCell>
              <Findings service={service} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The team's current stack: languages and frameworks across its services, and per service what it is built
 * with, the targets it declares and how that fits the decision framework (warnings highlighted, each finding
 * citing its source).
 *
 * @internal
 */
export function CurrentStack({ teamRef }: { teamRef: string }) {
  const api = useApi(stackscoreApiRef);
  const { value, loading, error } = useAsync(
    () => api.getTeamStack(parseEntityRef(teamRef)),
    [api, teamRef],
  );

  if (isNotFound(error)) return <TeamNotFoundPanel entityRef={teamRef} />;

  let body;
  if (loading) body = <Progress />;
  else if (error) body = <ResponseErrorPanel error={error} />;
  else if (!value || value.services.length === 0) {
    body = (
      <Typography variant="body2">
        None of the team’s services has been scored yet, so its stack is not
        known.
      </Typography>
    );
  } else {
    const warnings = value.services.filter(s =>
      s.findings.some(f => f.severity === 'warning'),
    ).length;
    body = (
      <>
        <Tally
          title="Languages"
          items={value.languages.map(l => ({
            name: languageName(l.language),
            services: l.services,
          }))}
        />
        <Tally
          title="Frameworks"
          items={value.frameworks.map(f => ({
            name: frameworkName(f.framework),
            services: f.services,
          }))}
        />
        <Typography variant="body2" paragraph>
          {value.services.length}{' '}
          {value.services.length === 1 ? 'service' : 'services'}
          {warnings > 0 && (
            <>
              ; <strong>{warnings}</strong> with warnings
            </>
          )}
        </Typography>
        <StackTable stack={value} />
      </>
    );
  }

  return (
    <InfoCard
      title="Current stack"
      titleTypographyProps={{ component: 'h2' }}
      subheader={value?.team.title ?? teamRef}
    >
      {body}
    </InfoCard>
  );
}
