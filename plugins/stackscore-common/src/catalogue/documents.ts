import type { GuidanceDocumentId } from './types';

/**
 * Metadata of one guidance document the check catalogue cites.
 *
 * @public
 */
export interface GuidanceDocument {
  /** Title used when citing the document. */
  title: string;
  /** File name of the document in the guidance folder. */
  file: string;
  /** One-line summary of what the document covers. */
  covers: string;
}

/**
 * The guidance documents behind the check catalogue, keyed by the id used in
 * {@link GuidanceReference.document}.
 *
 * @public
 */
export const guidanceDocuments: Record<GuidanceDocumentId, GuidanceDocument> = {
  'enterprise-stack-guide': {
    title: 'TechStack Comparisons — Enterprise Stack Guide',
    file: '000_2bee72148995337f.txt',
    covers:
      'Broad enterprise playbook: language and framework choice, UI architecture, security and supply-chain hardening, CI/CD stages, container images, observability and SLOs.',
  },
  'go-event-driven-principles': {
    title: 'Enterprise Go & Event-Driven Principles',
    file: '001_e14c92ccf993eb2c.txt',
    covers:
      'Opinionated defaults for Go microservices on AWS with Kafka: architecture patterns, library picks, REST rules, testing, observability, security, configuration and resiliency.',
  },
  'backend-runtimes-by-constraints': {
    title: 'Choosing Backend Runtimes by Constraints',
    file: '002_9095f515d99290dd.txt',
    covers:
      'Choosing runtimes and frameworks from operational constraints such as timeouts, tail latency, cold starts and observability rather than preference.',
  },
  'backend-language-comparison': {
    title: 'Backend Framework: Language Comparison',
    file: '003_95b99e7b5bb1c1be.txt',
    covers:
      'Go, Rust, Node.js and Python compared with sample services, with throughput and latency thresholds for picking one and common selection mistakes.',
  },
};
