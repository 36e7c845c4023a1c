/*
 * Validates the synthetic organisation against the real scoring pipeline (jest only runs under packages/ and
 * plugins/, so this is a script): generates services into a temporary directory, scores every repository the
 * way the examples test does, and fails when
 *   - any check result is `error`,
 *   - exemplary services are not mostly gold or poor services not mostly none,
 *   - a service does not reach the levels its template variant expects (so renaming, padding and extra
 *     dependencies never change a level),
 *   - after changeRepositories(10%), a changed repository scores the same or an unchanged one changes.
 *
 * Run: node -r @backstage/cli-node/config/nodeTransform.cjs bench/synthetic/check.ts [--services 60]
 *      [--seed 1] [--keep]
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  componentEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import YAML from 'yaml';
import type { EntityScores } from '@stackscore/plugin-stackscore-common';
import { createScoringPipeline } from '../../plugins/stackscore-backend/src/pipeline/defaultPipeline';
import { scoreRepository } from '../../plugins/stackscore-backend/src/pipeline/scoreRepository';
import { LocalDirectorySource } from '../../plugins/stackscore-backend/src/sources/LocalDirectorySource';
import type { CheckSettings } from '../../plugins/stackscore-backend/src/checks/types';
import {
  SyntheticOrganisation,
  changeRepositories,
  generateOrganisation,
  writeCatalogFile,
} from './generateOrganisation';
import { templateVariant } from './templates';

/** The settings app-config.yaml uses for the example organisation (the templates' npm scope). */
const settings: CheckSettings = {
  internalNpmScopes: ['larkspur'],
  installScriptAllowlist: [],
};

const levelNames = ['none', 'bronze', 'silver', 'gold'] as const;

/** Share of a profile's (service, scorecard) pairs that must be at the profile's level. */
const mostly = 0.7;

async function scoreAll(
  org: SyntheticOrganisation,
): Promise<Map<string, EntityScores>> {
  const pipeline = createScoringPipeline();
  const scores = new Map<string, EntityScores>();
  for (const [i, service] of org.services.entries()) {
    const outcome = await scoreRepository({
      entity: org.components[i],
      source: new LocalDirectorySource(path.join(org.root, service.dir)),
      pipeline,
      settings,
    });
    if (outcome.status !== 'scored')
      throw new Error(`${service.entityRef} was not scored`);
    scores.set(service.entityRef, outcome.scores);
  }
  return scores;
}

/** Statuses of every check, as one comparable string. */
const fingerprint = (scores: EntityScores) =>
  JSON.stringify(scores.results.map(r => [r.checkId, r.status, r.evidence]));

export async function main(args: string[]): Promise<number> {
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const services = Number(option('--services') ?? 60);
  const seed = Number(option('--seed') ?? 1);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stackscore-synthetic-'));
  const problems: string[] = [];
  try {
    const org = await generateOrganisation({ services, root, seed });
    await writeCatalogFile(
      org,
      path.join(root, '..', `${path.basename(root)}.catalog.yaml`),
    );
    console.log(
      `generated ${services} services (${org.stats.files} files, ${(
        org.stats.bytes / 1e6
      ).toFixed(1)} MB) in ${org.stats.writeMs} ms under ${root}`,
    );

    // The catalog file must hold entities the catalog accepts (the policies and kind validators the
    // catalog backend applies by default).
    const policy = EntityPolicies.allOf([
      new DefaultNamespaceEntityPolicy(),
      new NoForeignRootFieldsEntityPolicy(),
      new FieldFormatEntityPolicy(),
      new SchemaValidEntityPolicy(),
    ]);
    const catalogFile = path.join(
      root,
      '..',
      `${path.basename(root)}.catalog.yaml`,
    );
    const documents = YAML.parseAllDocuments(
      fs.readFileSync(catalogFile, 'utf8'),
    ).map(d => d.toJS());
    for (const entity of documents) {
      try {
        await policy.enforce(entity);
        const validator =
          entity.kind === 'Group'
            ? groupEntityV1alpha1Validator
            : componentEntityV1alpha1Validator;
        if (!(await validator.check(entity)))
          throw new Error(`not a ${entity.kind}`);
      } catch (error) {
        problems.push(
          `catalog entity ${entity.kind}:${entity.metadata?.name} is invalid: ${error}`,
        );
      }
    }
    console.log(`catalog file: ${documents.length} entities checked`);

    const started = Date.now();
    const scores = await scoreAll(org);
    console.log(`scored in ${Date.now() - started} ms\n`);

    // Level counts per profile, over all (service, scorecard) pairs.
    const table = new Map<string, Record<string, number>>();
    for (const service of org.services) {
      const result = scores.get(service.entityRef)!;
      const row = table.get(service.profile) ?? {
        none: 0,
        bronze: 0,
        silver: 0,
        gold: 0,
      };
      for (const card of result.scorecards) row[card.level]++;
      table.set(service.profile, row);

      for (const r of result.results) {
        if (r.status === 'error') {
          problems.push(
            `${service.entityRef} (${service.template}): ${
              r.checkId
            } errored: ${r.evidence.map(e => e.message).join('; ')}`,
          );
        }
      }
      const levels = result.scorecards.map(c => c.level);
      const expected = templateVariant(service.template).expectedLevels;
      if (levels.join() !== expected.join()) {
        const failing = result.results
          .filter(r => r.status === 'fail')
          .map(r => r.checkId)
          .join(', ');
        problems.push(
          `${service.entityRef} (${service.template}) reached ${levels.join(
            '/',
          )}, expected ${expected.join('/')}; failing: ${failing}`,
        );
      }
    }
    console.log(
      'profile    services  none bronze silver gold   (scorecard levels: slo, obs, sec, supply)',
    );
    for (const profile of ['exemplary', 'average', 'poor'] as const) {
      const row = table.get(profile) ?? {
        none: 0,
        bronze: 0,
        silver: 0,
        gold: 0,
      };
      const count = org.services.filter(s => s.profile === profile).length;
      console.log(
        `${profile.padEnd(10)} ${String(count).padStart(8)} ${levelNames
          .map(l => String(row[l]).padStart(l.length + 1))
          .join('')}`,
      );
      const pairs = count * 4;
      if (profile === 'exemplary' && row.gold < mostly * pairs) {
        problems.push(
          `exemplary: only ${row.gold} of ${pairs} scorecards are gold`,
        );
      }
      if (profile === 'poor' && row.none < mostly * pairs) {
        problems.push(`poor: only ${row.none} of ${pairs} scorecards are none`);
      }
    }

    // Per template variant: services and the levels they reached. Every check must also have the same
    // status in every service of a variant: padding and extra dependencies are meant to be neutral.
    console.log(
      '\ntemplate variant        services  levels (slo/obs/sec/supply)',
    );
    const byTemplate = new Map<string, Set<string>>();
    const statuses = new Map<string, { ref: string; statuses: string }>();
    for (const service of org.services) {
      const result = scores.get(service.entityRef)!;
      const set = byTemplate.get(service.template) ?? new Set<string>();
      set.add(result.scorecards.map(c => c.level).join('/'));
      byTemplate.set(service.template, set);
      const mine = result.results
        .map(r => `${r.checkId}=${r.status}`)
        .join(' ');
      const first = statuses.get(service.template);
      if (!first)
        statuses.set(service.template, {
          ref: service.entityRef,
          statuses: mine,
        });
      else if (first.statuses !== mine) {
        const theirs = new Set(first.statuses.split(' '));
        problems.push(
          `${service.entityRef} and ${first.ref} (${
            service.template
          }) differ in ${mine
            .split(' ')
            .filter(s => !theirs.has(s))
            .join(', ')}`,
        );
      }
    }
    for (const [template, levels] of [...byTemplate].sort()) {
      const count = org.services.filter(s => s.template === template).length;
      console.log(
        `${template.padEnd(24)}${String(count).padStart(8)}  ${[...levels].join(
          ' | ',
        )}`,
      );
    }

    // A 10% change must change exactly the chosen repositories' results.
    const changed = new Set(
      await changeRepositories(org, { fraction: 0.1, seed }),
    );
    const after = await scoreAll(org);
    let differing = 0;
    for (const service of org.services) {
      const same =
        fingerprint(scores.get(service.entityRef)!) ===
        fingerprint(after.get(service.entityRef)!);
      if (changed.has(service.entityRef) && same) {
        problems.push(`${service.entityRef} was changed but scores the same`);
      }
      if (!changed.has(service.entityRef) && !same) {
        problems.push(
          `${service.entityRef} was not changed but scores differently`,
        );
      }
      if (!same) differing++;
      for (const r of after.get(service.entityRef)!.results) {
        if (r.status === 'error') {
          problems.push(
            `${service.entityRef} after the change: ${r.checkId} errored`,
          );
        }
      }
    }
    // Changing the same repositories again reverts them.
    await changeRepositories(org, { fraction: 0.1, seed });
    const reverted = await scoreAll(org);
    const notReverted = org.services.filter(
      s =>
        fingerprint(scores.get(s.entityRef)!) !==
        fingerprint(reverted.get(s.entityRef)!),
    );
    for (const s of notReverted)
      problems.push(`${s.entityRef} did not revert after a second change`);
    console.log(
      `\nchangeRepositories(10%): ${
        changed.size
      } changed, ${differing} scored differently; a second call reverted ${
        changed.size - notReverted.length
      }`,
    );
  } finally {
    if (!args.includes('--keep')) {
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(path.join(root, '..', `${path.basename(root)}.catalog.yaml`), {
        force: true,
      });
    }
  }

  if (problems.length > 0) {
    console.log(`\n${problems.length} problem(s):`);
    for (const p of problems.slice(0, 50)) console.log(`  - ${p}`);
    return 1;
  }
  console.log('\nOK');
  return 0;
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  error => {
    console.error(error);
    process.exitCode = 2;
  },
);
