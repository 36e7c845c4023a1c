/**
 * Test-only: a string as JSON with everything outside printable ASCII escaped, so a BOM, NUL or lone
 * surrogate in a failing input is visible in the report.
 */
export function visible(text: string): string {
  return JSON.stringify(text).replace(
    /[^\x20-\x7e]/g,
    ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
