import type {
  CollectorContext,
  FactsDraft,
  RepositoryCollector,
} from '../types';
import { readOrRecord } from '../types';
import { readAnnotationSpec } from './formats';
import { parseSloFile } from './parseSloFile';

const sloFileAnnotation = 'stackscore.io/slo-file';

/** Folders whose YAML may hold Sloth or Pyrra specs; other YAML is not read, to keep reads bounded. */
const sloFolders = new Set([
  'slos',
  'sloth',
  'pyrra',
  'monitoring',
  'observability',
  'deploy',
  'k8s',
  'kubernetes',
  'helm',
]);

function isYaml(path: string): boolean {
  return path.endsWith('.yml') || path.endsWith('.yaml');
}

/**
 * True for our own SLO file locations: `slo.yaml` (anywhere) and `slos/*.yaml`.
 *
 * @internal
 */
export function isOwnSloPath(path: string): boolean {
  const parts = path.split('/');
  const base = parts[parts.length - 1];
  return (
    (base === 'slo.yaml' ||
      base === 'slo.yml' ||
      parts[parts.length - 2] === 'slos') &&
    isYaml(path)
  );
}

/**
 * True for a YAML file that may hold an SLO spec: our locations, a path naming SLOs, or a deploy or
 * monitoring folder.
 *
 * @internal
 */
export function isSloCandidatePath(path: string): boolean {
  if (!isYaml(path)) return false;
  const lower = path.toLowerCase();
  const folders = lower.split('/').slice(0, -1);
  return (
    lower.includes('slo') ||
    lower.includes('service-level') ||
    folders.some(folder => sloFolders.has(folder))
  );
}

/** A Helm chart template is Go-templated text, not YAML, until rendered. */
function isHelmTemplate(path: string, text: string): boolean {
  return (
    path.split('/').includes('templates') &&
    /\{\{-?\s*(\.|include|if|range|toYaml)/.test(text)
  );
}

/**
 * Reads SLO definitions: our `slo.yaml` format (or the file named by `stackscore.io/slo-file`), Sloth and
 * Pyrra specs found in the tree, and the SLO annotations.
 *
 * @internal
 */
export class SloCollector implements RepositoryCollector {
  readonly id = 'slo';

  wants(path: string): boolean {
    return isSloCandidatePath(path);
  }

  async collect(context: CollectorContext, facts: FactsDraft): Promise<void> {
    const annotated = facts.catalog.annotations[sloFileAnnotation]
      ?.trim()
      .replace(/^\.?\//, '');
    if (annotated && !context.files.includes(annotated)) {
      facts.errors.push({
        collector: this.id,
        file: annotated,
        message: `${sloFileAnnotation} names ${annotated}, which is not in the repository`,
      });
    }
    for (const file of context.files) {
      const ours = annotated ? file === annotated : isOwnSloPath(file);
      if (!ours && !this.wants(file)) continue;
      const text = await readOrRecord(context, facts, this.id, file);
      if (text === undefined) continue;
      if (file !== annotated && isHelmTemplate(file, text)) continue;
      const read = parseSloFile(file, text, ours, facts.catalog);
      facts.slo.push(...read.specs);
      for (const message of read.errors) {
        facts.errors.push({ collector: this.id, file, message });
      }
    }
    const annotations = readAnnotationSpec(facts.catalog);
    if (annotations) {
      facts.slo.push(annotations.spec);
      for (const message of annotations.errors) {
        facts.errors.push({ collector: this.id, message });
      }
    }
  }
}
