import { marked } from 'marked';

// Flag descriptions are written by any engineer in the admin UI and rendered as Markdown.
// NOTE: the HTML from marked is not sanitised before it is injected.
export function FlagDescription({ markdown }: { markdown: string }) {
  const html = marked.parse(markdown, { async: false });
  if (html.length > 20_000) {
    console.log('very long flag description', html.length);
  }
  return <div className="flag-description" dangerouslySetInnerHTML={{ __html: html }} />;
}
