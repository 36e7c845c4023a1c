import Typography from '@material-ui/core/Typography';
import type { Evidence } from '@stackscore/plugin-stackscore-common';

/**
 * What a check saw, one line per piece of evidence, with `file:line` where it has one.
 *
 * @internal
 */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  return (
    <>
      {evidence.map((item, index) => (
        <Typography key={index} variant="body2">
          {item.message}
          {item.file && (
            <Typography
              component="span"
              variant="caption"
              color="textSecondary"
            >
              {' '}
              ({item.file}
              {item.line ? `:${item.line}` : ''})
            </Typography>
          )}
        </Typography>
      ))}
    </>
  );
}
