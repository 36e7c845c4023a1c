import fs from 'fs';
import path from 'path';
import type { Entity } from '@backstage/catalog-model';
import { checkCatalogue } from '@stackscore/plugin-stackscore-common';
import { readEntityForDirectory } from '../cli/readEntity';
import { createScoringPipeline } from '../pipeline/defaultPipeline';
import { scoreRepository } from '../pipeline/scoreRepository';
import { LocalDirectorySource } from '../sources/LocalDirectorySource';

/*
 * Repository trees per check: fixtures/checks/<check-id>/<expected status>[-<what the case shows>]/.
 * Each tree is scored through the whole pipeline (sources → collectors → checks) and the check's status
 * must be the one its folder name states. A tree without catalog-info.yaml is a production service
 * owned by a group.
 */
const root = path.resolve(__dirname, '../../fixtures/checks');
const statuses = ['pass', 'fail', 'not-applicable', 'error'] as const;

const defaultEntity = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/payments',
    system: 'checkout',
  },
});

const cases = fs
  .readdirSync(root)
  .filter(id => fs.statSync(path.join(root, id)).isDirectory())
  .flatMap(checkId =>
    fs
      .readdirSync(path.join(root, checkId))
      .filter(dir => fs.statSync(path.join(root, checkId, dir)).isDirectory())
      .map(dir => ({ checkId, dir })),
  );

function expectedStatus(dir: string) {
  const status = [...statuses]
    .sort((a, b) => b.length - a.length)
    .find(s => dir === s || dir.startsWith(`${s}-`));
  if (!status)
    throw new Error(
      `Fixture folder ${dir} must start with one of ${statuses.join(', ')}`,
    );
  return status;
}

describe('check fixtures', () => {
  const pipeline = createScoringPipeline();

  it('cover every check of the catalogue with a passing and a failing tree', () => {
    const missing = checkCatalogue.flatMap(({ id }) => {
      const own = cases
        .filter(c => c.checkId === id)
        .map(c => expectedStatus(c.dir));
      return (['pass', 'fail'] as const)
        .filter(status => !own.includes(status))
        .map(status => `${id}: no ${status} fixture`);
    });
    expect(missing).toEqual([]);
  });

  it.each(cases.map(c => [`${c.checkId} ${c.dir}`, c] as const))(
    '%s',
    async (_, c) => {
      const dir = path.join(root, c.checkId, c.dir);
      const entity = fs.existsSync(path.join(dir, 'catalog-info.yaml'))
        ? await readEntityForDirectory(dir)
        : defaultEntity(c.dir);
      const outcome = await scoreRepository({
        entity,
        source: new LocalDirectorySource(dir),
        pipeline,
        settings: {
          internalNpmScopes: ['larkspur'],
          installScriptAllowlist: [],
        },
      });
      if (outcome.status !== 'scored') throw new Error('not scored');
      const result = outcome.scores.results.find(r => r.checkId === c.checkId);
      expect(result).toBeDefined();
      // The evidence is part of the comparison so a wrong status explains itself.
      expect({ status: result!.status, evidence: result!.evidence }).toEqual({
        status: expectedStatus(c.dir),
        evidence: result!.evidence,
      });
    },
  );
});
