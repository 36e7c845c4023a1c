// Prints jest's totals as the plain closing line CI reads: "tests: N passed, N failed".
const fs = require('fs');

const file = process.argv[2];
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed` +
    (skipped ? `, ${skipped} skipped` : ''),
);
process.exitCode = report.success && report.numFailedTests === 0 ? 0 : 1;
