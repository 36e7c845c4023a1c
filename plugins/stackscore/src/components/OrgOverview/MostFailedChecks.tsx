import { InfoCard, Link } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import { HeaderCell } from '../shared/HeaderCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  CheckDefinition,
  FailedCheckCount,
  getScorecard,
} from '@stackscore/plugin-stackscore-common';
import { percent } from '../shared/levels';
import { checkLink } from './links';

/**
 * The checks failed by most entities, each linking to the Checks tab opened on it (where the failing
 * entities are listed). Titles come from the catalogue; the id alone is shown when it could not be read.
 *
 * @internal
 */
export function MostFailedChecks({
  checks,
  definitions,
}: {
  checks: readonly FailedCheckCount[];
  definitions: ReadonlyMap<string, CheckDefinition>;
}) {
  return (
    <InfoCard
      title="Most failed checks"
      subheader="Exempted failures are not counted"
      noPadding
    >
      {checks.length === 0 ? (
        <Typography variant="body2" style={{ padding: 16 }}>
          No check fails on any scored entity.
        </Typography>
      ) : (
        <Table size="small" aria-label="Most failed checks">
          <TableHead>
            <TableRow>
              <HeaderCell>Check</HeaderCell>
              <HeaderCell>Scorecard</HeaderCell>
              <HeaderCell align="right">Failing / applicable</HeaderCell>
              <HeaderCell align="right">Failing</HeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {checks.map(check => {
              const definition = definitions.get(check.checkId);
              // Check ids start with their scorecard, which names it when the catalogue could not be read.
              const scorecard =
                definition?.scorecard ?? check.checkId.split('.')[0];
              return (
                <TableRow key={check.checkId}>
                  <TableCell>
                    <Link to={checkLink(check.checkId)}>
                      {definition?.title ?? check.checkId}
                    </Link>
                    {definition && (
                      <Typography
                        variant="caption"
                        color="textSecondary"
                        display="block"
                      >
                        {check.checkId}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {getScorecard(scorecard)?.title ?? scorecard}
                  </TableCell>
                  <TableCell align="right">
                    {check.failing} / {check.applicable}
                  </TableCell>
                  <TableCell align="right">
                    {check.applicable === 0
                      ? 'n/a'
                      : percent(check.failing / check.applicable)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
