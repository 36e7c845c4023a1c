import type { Entity } from '@backstage/catalog-model';
import fs from 'fs/promises';
import path from 'path';
import { parseAllDocuments } from 'yaml';

/**
 * The entity a local directory describes: the first Component in its `catalog-info.yaml` (else the first
 * entity there), or a Component named after the folder when the file does not exist.
 *
 * @internal
 */
export async function readEntityForDirectory(dir: string): Promise<Entity> {
  const file = path.join(dir, 'catalog-info.yaml');
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: path.basename(path.resolve(dir)) },
      spec: { type: 'service' },
    };
  }
  const documents = parseAllDocuments(text);
  const entities: Entity[] = [];
  for (const document of documents) {
    if (document.errors.length > 0) {
      throw new Error(`${file}: ${document.errors[0].message.split('\n')[0]}`);
    }
    const value = document.toJS();
    if (
      value &&
      typeof value === 'object' &&
      typeof value.kind === 'string' &&
      typeof value.metadata?.name === 'string'
    ) {
      entities.push(value as Entity);
    }
  }
  const entity = entities.find(e => e.kind === 'Component') ?? entities[0];
  if (!entity) {
    throw new Error(`${file} holds no catalog entity`);
  }
  return entity;
}
