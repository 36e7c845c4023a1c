import type {
  CiStep,
  CiWorkflow,
  EntityFacts,
  Evidence,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, pass } from '../outcomes';
import { repoSignals, signalEvidence } from '../observability/moduleEvidence';

const loadTestActions = /^grafana\/(k6-action|run-k6-action)@/;
const loadTestCommands =
  /\bk6\s+run\b|\bgo\s+test\b[^\n]*\s-bench\b|\bcargo\s+(bench|criterion)\b|\bpytest\b[^\n]*--benchmark|\bartillery\s+run\b|\blocust\b/;

function stepEvidence(
  workflow: CiWorkflow,
  step: CiStep,
  what: string,
): Evidence {
  return {
    message: `${what}: \`${step.uses ?? step.run?.split('\n')[0] ?? ''}\``,
    file: workflow.file,
    ...(step.line ? { line: step.line } : {}),
  };
}

function ciSteps(facts: EntityFacts) {
  return facts.ci.flatMap(workflow =>
    workflow.jobs.flatMap(job =>
      job.steps.map(step => ({ workflow, job, step })),
    ),
  );
}

const performanceRegressionTests: CheckImplementation = {
  id: 'slo.performance-regression-tests',
  evaluate(facts) {
    const evidence: Evidence[] = [];
    for (const { workflow, step } of ciSteps(facts)) {
      if (step.uses && loadTestActions.test(step.uses)) {
        evidence.push(stepEvidence(workflow, step, 'Load test in CI'));
      } else if (step.run && loadTestCommands.test(step.run)) {
        evidence.push(stepEvidence(workflow, step, 'Performance test in CI'));
      }
    }
    evidence.push(
      ...repoSignals(facts, 'slo.k6-script')
        .slice(0, 3)
        .map(s => signalEvidence(s, 'k6 script')),
    );
    if (evidence.length > 0) return pass(...evidence);
    return fail({
      message:
        'No load or benchmark tests: no k6 script (k6/http), no k6 action or `k6 run` in CI, no `go test -bench` or `cargo bench` job',
    });
  },
};

const mentions = (pattern: RegExp, step: CiStep) =>
  [step.name, step.uses, step.run].some(text => text && pattern.test(text));

/** A CI job that deploys a canary or blue-green, followed (later step or job) by smoke tests. */
function ciCanaryWithSmokeTests(facts: EntityFacts): Evidence | undefined {
  const canary = /canary|blue[-_ ]?green/i;
  const smoke = /smoke/i;
  for (const workflow of facts.ci) {
    const steps = workflow.jobs.flatMap(job =>
      job.steps.map(step => ({ job, step })),
    );
    const start = steps.findIndex(
      ({ job, step }) => canary.test(job.id) || mentions(canary, step),
    );
    if (start < 0) continue;
    const startJob = steps[start].job;
    const followed = steps
      .slice(start)
      .some(
        ({ job, step }) =>
          mentions(smoke, step) || (job !== startJob && smoke.test(job.id)),
      );
    if (followed) {
      return stepEvidence(
        workflow,
        steps[start].step,
        'Canary/blue-green deployment followed by smoke tests',
      );
    }
  }
  return undefined;
}

const progressiveDelivery: CheckImplementation = {
  id: 'slo.progressive-delivery',
  evaluate(facts) {
    const evidence: Evidence[] = [];
    const strategies = repoSignals(facts, 'slo.rollout-strategy');
    for (const rollout of repoSignals(facts, 'slo.argo-rollout')) {
      const strategy = strategies.find(s => s.file === rollout.file);
      if (strategy) {
        evidence.push(signalEvidence(strategy, 'Argo Rollouts strategy'));
      }
    }
    evidence.push(
      ...repoSignals(facts, 'slo.flagger-canary').map(s =>
        signalEvidence(s, 'Flagger Canary'),
      ),
      ...repoSignals(facts, 'slo.codedeploy-canary').map(s =>
        signalEvidence(s, 'CodeDeploy canary/linear deployment'),
      ),
    );
    const ci = ciCanaryWithSmokeTests(facts);
    if (ci) evidence.push(ci);
    if (evidence.length > 0) return pass(...evidence);
    return fail({
      message:
        'No progressive delivery: no Argo Rollouts canary/blueGreen, Flagger Canary, CodeDeploy canary/linear config, or CI canary job followed by smoke tests',
    });
  },
};

/**
 * Checks of how changes reach production.
 *
 * @internal
 */
export const deliveryChecks: CheckImplementation[] = [
  performanceRegressionTests,
  progressiveDelivery,
];
