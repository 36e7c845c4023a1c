// `npm run bench [-- --services N --json FILE --concurrency C --duration S --skip-api]`: every benchmark, from
// TypeScript source through Backstage's swc require hook. Check evaluation per entity and stored-score reads
// first (seconds), then the harness (synthetic organisation, full / unchanged / 10 %-changed runs beside their
// floor, API latency under load), which prints the summary table and writes the JSON.
require('@backstage/cli-node/config/nodeTransform.cjs');

async function main(args) {
  const evaluation = await require('./evaluateChecks.ts').main(args);
  console.log('');
  const reads = await require('./readScores.ts').main(args);
  console.log('');
  await require('./harness.ts').main(args, { evaluation, reads });
}

main(process.argv.slice(2)).catch(error => {
  console.error(error);
  process.exitCode = 1;
});
