// `npm run bench`: runs the benchmarks from TypeScript source through Backstage's swc require hook.
// Today: the per-entity check evaluation micro-benchmark. The benchmark issue adds the full harness
// (synthetic organisation, full and incremental runs, floors, API latency).
require('@backstage/cli-node/config/nodeTransform.cjs');

require('./evaluateChecks.ts')
  .main(process.argv.slice(2))
  .catch(error => {
    console.error(error);
    process.exitCode = 1;
  });
