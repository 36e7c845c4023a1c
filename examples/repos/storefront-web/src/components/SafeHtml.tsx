import DOMPurify from 'dompurify';

// Product descriptions are authored in the CMS as HTML. Everything goes through DOMPurify before it is
// injected; this is the only component allowed to use dangerouslySetInnerHTML (see eslint.config.js).
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form'] });
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
