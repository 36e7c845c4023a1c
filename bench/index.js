// `npm run bench`: runs the benchmarks from TypeScript source through Backstage's swc require hook.
// Today: per-entity check evaluation, and reads of stored scores (one entity; a 500-service team rollup).
// The benchmark issue adds the full harness (synthetic organisation, full and incremental runs, floors,
// API latency).
require('@backstage/cli-node/config/nodeTransform.cjs');

async function main(args) {
  await require('./evaluateChecks.ts').main(args);
  console.log('');
  await require('./readScores.ts').main(args);
}

main(process.argv.slice(2)).catch(error => {
  console.error(error);
  process.exitCode = 1;
});
