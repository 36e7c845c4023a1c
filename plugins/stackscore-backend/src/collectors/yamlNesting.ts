/**
 * Deepest flow nesting (`[` / `{` outside quotes and comments) a YAML text may have before it is parsed. Real
 * files stay in single digits; the yaml package can abort the whole process (a V8 allocation failure that no
 * try/catch sees) on a freshly started process given about a thousand levels.
 */
export const maxYamlFlowDepth = 100;

/**
 * Throws when the text nests flow collections deeper than {@link maxYamlFlowDepth}, so callers record a
 * parse error for the file instead of handing it to the parser. A linear scan; quotes and comments are
 * skipped roughly, which can only under-count.
 *
 * @internal
 */
export function assertYamlNesting(text: string, file: string): void {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\n') quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > maxYamlFlowDepth) {
        throw new Error(
          `${file}: nested more than ${maxYamlFlowDepth} levels deep; not parsed`,
        );
      }
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
}
