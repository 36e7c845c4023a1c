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
