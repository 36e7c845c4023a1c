import type { GuidanceDocumentId } from '../catalogue/types';
import type { RadarReference } from './types';

/*
 * Citation helpers shared by the radar seed and the stack-decision data, one per guidance document,
 * so a citation reads as "which document, which heading, which lines".
 *
 * Section names are the heading above the cited line, cleaned of the garbled characters in the
 * source text. Where a document nests a card under a heading (framework cards, CI stages) the name
 * is "Heading: Card". "Choosing Backend Runtimes by Constraints" lost its headings in extraction, so
 * its section names are descriptive labels for the passage, as in the check catalogue.
 */

function cite(document: GuidanceDocumentId) {
  return (section: string, lines?: string): RadarReference =>
    lines ? { document, section, lines } : { document, section };
}

/** "TechStack Comparisons — Enterprise Stack Guide" (000). */
export const stackGuide = cite('enterprise-stack-guide');

/** "Enterprise Go & Event-Driven Principles" (001). */
export const goPrinciples = cite('go-event-driven-principles');

/** "Choosing Backend Runtimes by Constraints" (002). */
export const runtimesGuide = cite('backend-runtimes-by-constraints');

/** "Backend Framework: Language Comparison" (003). */
export const languageComparison = cite('backend-language-comparison');
