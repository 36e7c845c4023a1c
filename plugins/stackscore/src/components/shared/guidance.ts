import {
  CheckDefinition,
  GuidanceReference,
  guidanceDocuments,
} from '@stackscore/plugin-stackscore-common';

/**
 * A citation as people read it: the document's title, then the section, then the lines when the reference
 * pins them (radar and stack-decision references do, check references do not).
 *
 * @internal
 */
export function citation(
  reference: GuidanceReference & { lines?: string },
): string {
  const title =
    guidanceDocuments[reference.document]?.title ?? reference.document;
  const lines = reference.lines ? ` (${reference.lines})` : '';
  return `${title} — ${reference.section}${lines}`;
}

/**
 * The "why" of a check: every guidance section it comes from, or undefined when it cites none (custom
 * checks from configuration may not).
 *
 * @internal
 */
export function why(
  definition: CheckDefinition | undefined,
): string | undefined {
  if (!definition || definition.references.length === 0) return undefined;
  return definition.references.map(citation).join('; ');
}
