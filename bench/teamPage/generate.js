// Writes the catalog and app-config overlay of the team-page benchmark: one team (with four subgroups) owning
// N services, each pointing at one of the example repositories so the real pipeline scores a realistic mix of
// levels. Usage: node bench/teamPage/generate.js [N]; prints the overlay's path.
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('yaml');

const root = path.resolve(__dirname, '../..');
const outDir = path.join(
  root,
  'node_modules/.cache/stackscore-bench/team-page',
);
const services = Number(process.argv[2] ?? process.env.BENCH_SERVICES ?? 500);
if (!Number.isInteger(services) || services < 1) {
  throw new Error(
    `Service count must be a positive integer, got ${process.argv[2]}`,
  );
}

const repos = fs
  .readdirSync(path.join(root, 'examples/repos'), { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
  .sort();
const subgroups = [
  'bench-team-api',
  'bench-team-web',
  'bench-team-data',
  'bench-team-ops',
];

const group = (name, extra) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, title: name.replace(/-/g, ' ') },
  spec: { type: 'team', children: [], ...extra },
});

const documents = [
  group('bench-team', { children: subgroups }),
  ...subgroups.map(name => group(name, { parent: 'bench-team' })),
];
for (let i = 0; i < services; i++) {
  const repo = repos[i % repos.length];
  const name = `bench-${String(i + 1).padStart(4, '0')}-${repo}`;
  documents.push({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: { 'stackscore.io/source-dir': `examples/repos/${repo}` },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      // A fifth stays with the parent team, the rest spread over its subgroups.
      owner: `group:default/${i % 5 === 0 ? 'bench-team' : subgroups[i % 4]}`,
    },
  });
}

fs.mkdirSync(outDir, { recursive: true });
const catalogFile = path.join(outDir, 'catalog.yaml');
fs.writeFileSync(
  catalogFile,
  documents.map(d => yaml.stringify(d)).join('---\n'),
);

const overlayFile = path.join(outDir, 'app-config.yaml');
fs.writeFileSync(
  overlayFile,
  yaml.stringify({
    catalog: {
      locations: [
        { type: 'file', target: '../../catalog-info.yaml' },
        { type: 'file', target: catalogFile },
      ],
    },
    stackscore: { schedule: { initialDelay: { seconds: 5 } } },
  }),
);
console.log(overlayFile);
