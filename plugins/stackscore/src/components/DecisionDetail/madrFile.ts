import type { Decision } from '@stackscore/plugin-stackscore-common';

/**
 * The name a MADR export is saved under, `NNNN-title.md`, the way ADR tools name their files and the backend
 * names its download.
 *
 * @internal
 */
export function madrFileName(decision: Pick<Decision, 'number' | 'title'>) {
  const slug = decision.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${String(decision.number).padStart(4, '0')}-${slug || 'decision'}.md`;
}

/**
 * Offers text as a file download through a temporary Blob link, so the browser's own download flow (and its
 * file name) is used without a second request.
 *
 * @internal
 */
export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob only after click() returns, so it is released a little later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
