/*
 * Child-process entry of one database's full-run phase (see fullRun.ts): reads its options as one JSON
 * argument and prints the result as the last line of stdout.
 */
import { readOrganisation, runPhase } from './fullRun';

async function main() {
  const options = JSON.parse(process.argv[2]);
  const org = readOrganisation(options.orgFile);
  const result = await runPhase({
    org,
    target: options.target,
    concurrency: options.concurrency,
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
