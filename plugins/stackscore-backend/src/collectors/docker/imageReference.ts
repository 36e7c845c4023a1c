/*
 * Build-argument substitution and image reference splitting for `FROM` lines. Both are small string scanners:
 * the Dockerfile parser gives us the reference text, but not its expansion or its parts.
 */

/**
 * Result of expanding build arguments in a text.
 *
 * @internal
 */
export interface Substitution {
  value: string;
  /** A variable had no value and no fallback, so the expansion is incomplete. */
  unresolved: boolean;
}

/** Looks up a build argument: a string when it has a value, `undefined` when undeclared or without default. */
export type VariableLookup = (name: string) => string | undefined;

const maxDepth = 8;

function isNameStart(char: string): boolean {
  return (
    (char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z') || char === '_'
  );
}

function isNameChar(char: string): boolean {
  return isNameStart(char) || (char >= '0' && char <= '9');
}

/** Finds the `}` closing a `${` opened just before `start`, allowing nested `${…}` in the fallback word. */
function closingBrace(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Operators of `${NAME<op>word}`, longest first so `:-` wins over `-`. */
const operators = [':-', ':+', ':?', '-', '+', '?'];

function expandBraced(
  body: string,
  lookup: VariableLookup,
  depth: number,
): Substitution {
  let nameEnd = 0;
  while (nameEnd < body.length && isNameChar(body[nameEnd])) nameEnd++;
  const name = body.slice(0, nameEnd);
  const rest = body.slice(nameEnd);
  const value = name ? lookup(name) : undefined;
  const operator = operators.find(op => rest.startsWith(op));
  if (!name || (rest && !operator)) {
    // Not a form we understand (e.g. `${A#prefix}`): keep the text and say so.
    return { value: `\${${body}}`, unresolved: true };
  }
  if (!operator) {
    return { value: value ?? '', unresolved: value === undefined };
  }
  const word = substituteVariables(
    rest.slice(operator.length),
    lookup,
    depth + 1,
  );
  const emptyCounts = !operator.startsWith(':');
  const isSet = value !== undefined && (emptyCounts || value !== '');
  switch (operator.replace(':', '')) {
    case '-':
      return isSet ? { value: value!, unresolved: false } : word;
    case '+':
      return isSet ? word : { value: '', unresolved: false };
    default:
      // `?` makes the build fail when unset.
      return { value: value ?? '', unresolved: !isSet };
  }
}

/**
 * Expands `$NAME`, `${NAME}` and `${NAME:-default}` (and the other shell-style operators Docker accepts) with
 * the given lookup. `\$` stays a literal dollar. Never throws.
 *
 * @internal
 */
export function substituteVariables(
  text: string,
  lookup: VariableLookup,
  depth = 0,
): Substitution {
  if (depth > maxDepth) return { value: text, unresolved: true };
  let value = '';
  let unresolved = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\' && text[i + 1] === '$') {
      value += '$';
      i += 2;
      continue;
    }
    if (char !== '$') {
      value += char;
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const end = closingBrace(text, i + 2);
      if (end < 0) {
        value += text.slice(i);
        unresolved = true;
        break;
      }
      const expanded = expandBraced(text.slice(i + 2, end), lookup, depth);
      value += expanded.value;
      unresolved ||= expanded.unresolved;
      i = end + 1;
      continue;
    }
    let end = i + 1;
    if (end < text.length && isNameStart(text[end])) {
      while (end < text.length && isNameChar(text[end])) end++;
      const found = lookup(text.slice(i + 1, end));
      value += found ?? '';
      unresolved ||= found === undefined;
      i = end;
      continue;
    }
    value += char;
    i++;
  }
  return { value, unresolved };
}

/**
 * Parts of an image reference.
 *
 * @internal
 */
export interface ImageReference {
  /** Registry, path and name, e.g. `localhost:5000/team/app` or `golang`. */
  image: string;
  tag?: string;
  /** `sha256:…` without the `@`. */
  digest?: string;
}

/**
 * Splits `registry:port/name:tag@digest` into its parts. A colon before the last `/` belongs to the registry
 * host, not the tag.
 *
 * @internal
 */
export function splitImageReference(reference: string): ImageReference {
  const at = reference.indexOf('@');
  const digest = at >= 0 ? reference.slice(at + 1) : undefined;
  const named = at >= 0 ? reference.slice(0, at) : reference;
  const colon = named.lastIndexOf(':');
  const slash = named.lastIndexOf('/');
  const hasTag = colon > slash;
  return {
    image: hasTag ? named.slice(0, colon) : named,
    tag: hasTag ? named.slice(colon + 1) || undefined : undefined,
    digest: digest || undefined,
  };
}
