import type {
  CatalogFacts,
  SloSpec,
} from '@stackscore/plugin-stackscore-common';
import { isRecord, readYamlDocuments } from '../ci/yaml';
import {
  readPyrraSlo,
  readSlothSpec,
  readStackscoreSpec,
  SpecRead,
} from './formats';

/**
 * SLO sources read from one file, and the problems that make them unusable.
 *
 * @internal
 */
export interface SloFileRead {
  specs: SloSpec[];
  errors: string[];
}

/** Text that shows a file means to be a Sloth or Pyrra spec even when it does not parse. */
const toolMarkers = ['prometheus/v1', 'sloth.slok.dev', 'pyrra.dev'];

function isSloth(root: Record<string, unknown>): boolean {
  return (
    root.version === 'prometheus/v1' ||
    (typeof root.apiVersion === 'string' &&
      root.apiVersion.startsWith('sloth.slok.dev/') &&
      root.kind === 'PrometheusServiceLevel')
  );
}

function isPyrra(root: Record<string, unknown>): boolean {
  return (
    typeof root.apiVersion === 'string' &&
    root.apiVersion.startsWith('pyrra.dev/') &&
    root.kind === 'ServiceLevelObjective'
  );
}

function isStackscore(root: Record<string, unknown>, ours: boolean): boolean {
  if (typeof root.apiVersion === 'string') {
    return root.apiVersion.startsWith('stackscore.io/');
  }
  return ours;
}

/**
 * Reads every SLO source in a (multi-document) YAML file: our format, Sloth specs and Pyrra objectives
 * (grouped into one spec per file). `ours` marks a file at our own location (`slo.yaml`, `slos/*.yaml`, or
 * the annotated path), where anything unreadable is an error; elsewhere only files that name Sloth or Pyrra
 * report errors. Never throws.
 *
 * @internal
 */
export function parseSloFile(
  file: string,
  text: string,
  ours: boolean,
  catalog: CatalogFacts,
): SloFileRead {
  const specs: SloSpec[] = [];
  const errors: string[] = [];
  const mentionsTool = toolMarkers.some(marker => text.includes(marker));
  const add = (read: SpecRead) => {
    specs.push(read.spec);
    errors.push(...read.errors);
  };
  let pyrra: SloSpec | undefined;
  for (const doc of readYamlDocuments(text)) {
    if (doc.error) {
      if (ours || mentionsTool) errors.push(`not valid YAML: ${doc.error}`);
      continue;
    }
    const root = doc.value;
    if (!isRecord(root)) continue;
    if (isSloth(root)) {
      const body = root.version === 'prometheus/v1' ? root : root.spec;
      add(readSlothSpec(isRecord(body) ? body : {}, file, catalog));
    } else if (isPyrra(root)) {
      pyrra ??= {
        format: 'pyrra',
        file,
        generator: 'pyrra',
        slos: [],
        warnings: [],
      };
      const read = readPyrraSlo(root);
      pyrra.slos.push(read.slo);
      pyrra.warnings.push(...read.warnings);
      errors.push(...read.errors);
    } else if (isStackscore(root, ours)) {
      add(readStackscoreSpec(root, file, catalog));
    }
  }
  if (pyrra) specs.push(pyrra);
  if (ours && specs.length === 0 && errors.length === 0) {
    errors.push('no SLO definition found');
  }
  return { specs, errors };
}
