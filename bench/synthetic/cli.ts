/*
 * Generates a synthetic organisation from the command line and prints a summary.
 *
 *   node -r @backstage/cli-node/config/nodeTransform.cjs bench/synthetic/cli.ts --services N --out DIR
 *        [--seed S] [--catalog FILE]
 *
 * DIR must be empty or absent. --catalog writes every group and component as one YAML file (default
 * DIR.catalog.yaml, next to DIR, so DIR keeps one folder per repository); point a catalog `file` location at
 * it and set `stackscore.sources.localRoot` to DIR to run the portal against the organisation.
 */
import { execFileSync } from 'child_process';
import path from 'path';
import { performance } from 'perf_hooks';
import { generateOrganisation, writeCatalogFile } from './generateOrganisation';

function countBy<T>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items)
    counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map(
    [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
}

const format = (counts: Map<string, number>) =>
  [...counts].map(([k, v]) => `${k} ${v}`).join(', ');

/** Allocated size on disk as `du` reports it (block rounding makes it larger than the bytes written). */
function diskUsage(dir: string): number | undefined {
  try {
    return (
      Number(
        execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0],
      ) * 1024
    );
  } catch {
    return undefined;
  }
}

export async function main(args: string[]): Promise<void> {
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const services = Number(option('--services') ?? 1000);
  const out = option('--out');
  if (!out || !Number.isInteger(services) || services < 1) {
    throw new Error(
      'usage: cli.ts --services N --out DIR [--seed S] [--catalog FILE]',
    );
  }
  const seed = Number(option('--seed') ?? 1);
  const catalog = option('--catalog') ?? `${path.resolve(out)}.catalog.yaml`;

  const started = performance.now();
  const org = await generateOrganisation({ services, root: out, seed });
  const generatedMs = performance.now() - started;
  await writeCatalogFile(org, catalog);

  const teams = org.groups.filter(g => g.spec?.type === 'team');
  const departments = org.groups.filter(g => g.spec?.type === 'department');
  const teamSizes = [...countBy(org.services, s => s.owner).values()].sort(
    (a, b) => a - b,
  );
  const departmentOf = new Map(
    teams.map(t => [
      `group:default/${t.metadata.name}`,
      String(t.spec?.parent),
    ]),
  );
  const disk = diskUsage(org.root);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

  console.log(`synthetic organisation: ${services} services, seed ${seed}`);
  console.log(`  root        ${org.root}`);
  console.log(`  catalog     ${path.resolve(catalog)}`);
  console.log(
    `  written     ${org.stats.files} files, ${mb(org.stats.bytes)}${
      disk !== undefined ? ` (${mb(disk)} on disk)` : ''
    } in ${(generatedMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  ecosystems  ${format(countBy(org.services, s => s.ecosystem))}`,
  );
  console.log(`  profiles    ${format(countBy(org.services, s => s.profile))}`);
  console.log(
    `  templates   ${format(countBy(org.services, s => s.template))}`,
  );
  console.log(
    `  groups      1 organisation, ${departments.length} departments, ${teams.length} teams; ` +
      `services per team min ${teamSizes[0]}, median ${
        teamSizes[Math.floor(teamSizes.length / 2)]
      }, max ${teamSizes[teamSizes.length - 1]}`,
  );
  console.log(
    `  departments ${format(
      countBy(org.services, s => departmentOf.get(s.owner) ?? '?'),
    )}`,
  );
}

main(process.argv.slice(2)).catch(error => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
