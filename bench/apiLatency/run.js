// Runs the API latency benchmark alone: node bench/apiLatency/run.js [--duration S] [--services N] …
// (`npm run bench` runs it with the rest of the harness).
require('@backstage/cli-node/config/nodeTransform.cjs');

require('../apiLatency.ts')
  .main(process.argv.slice(2))
  .then(result => {
    if (process.argv.includes('--print-json')) {
      console.log(JSON.stringify(result, null, 2));
    }
  })
  .catch(error => {
    console.error(error);
    process.exitCode = 1;
  });
