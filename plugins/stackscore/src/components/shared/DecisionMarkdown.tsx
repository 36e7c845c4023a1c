import { MarkdownContent } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

// Headings written inside a field sit under the record's own section headings, so they are sized below them.
const useStyles = makeStyles(theme => ({
  markdown: {
    '& h1, & h2, & h3': {
      ...theme.typography.subtitle1,
      fontWeight: theme.typography.fontWeightBold as number,
      margin: theme.spacing(1.5, 0, 0.5),
    },
    '& h4, & h5, & h6': {
      ...theme.typography.subtitle2,
      margin: theme.spacing(1, 0, 0.5),
    },
  },
}));

// Schemes a link in a decision may use; anything else (javascript:, data:, vbscript:, …) is dropped.
const safeLinkScheme = /^(?:https?|mailto):/i;
const safeImageScheme = /^https?:/i;
// A scheme is letters, digits, + - . before the first colon; relative and fragment links have none.
const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The href of a link in decision markdown, or '' (rendered as plain text) when it could run code. Relative
 * links, fragments and http(s)/mailto pass; control characters and white space are ignored the way browsers
 * ignore them, so `java\tscript:` cannot slip through.
 *
 * @internal
 */
export function safeLinkUri(uri: string): string {
  // eslint-disable-next-line no-control-regex
  const compact = uri.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!hasScheme.test(compact)) return uri;
  return safeLinkScheme.test(compact) ? uri : '';
}

/** Images only from the web or relative paths; a data: or javascript: source is dropped. */
function safeImageUri(uri: string): string {
  // eslint-disable-next-line no-control-regex
  const compact = uri.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!hasScheme.test(compact)) return uri;
  return safeImageScheme.test(compact) ? uri : '';
}

/**
 * Markdown a person wrote in a decision record, rendered sanitised: Backstage's `MarkdownContent` parses
 * embedded HTML only to pass it through rehype-sanitize (no event handlers, scripts or styles survive), and
 * link and image addresses are limited to safe schemes. Empty text says so instead of leaving a gap.
 *
 * @internal
 */
export function DecisionMarkdown({
  text,
  empty = 'Not written yet.',
}: {
  text: string | undefined;
  empty?: string;
}) {
  const classes = useStyles();
  if (!text || !text.trim()) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty}
      </Typography>
    );
  }
  return (
    <MarkdownContent
      className={classes.markdown}
      content={text}
      dialect="gfm"
      transformLinkUri={href => safeLinkUri(href)}
      transformImageUri={src => safeImageUri(src)}
    />
  );
}
