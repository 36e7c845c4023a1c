import fc from 'fast-check';
import {
  conditionTriggers,
  githubTriggers,
  parseCompositeAction,
  parseGithubWorkflow,
} from './githubActions';

const workflow = `name: ci
on:
  push:
    branches: [main]
  pull_request:
  schedule:
    - cron: '0 3 * * 1'
env:
  GOFLAGS: -mod=readonly
  RETRIES: 3
jobs:
  scan:
    runs-on: ubuntu-latest
    container: semgrep/semgrep:1.90.0
    continue-on-error: true
    env:
      NODE_ENV: test
    steps:
      - uses: actions/checkout@v4
      - name: Audit
        run: |
          npm ci
          npm audit --audit-level=high
        continue-on-error: \${{ matrix.experimental }}
      - uses: aquasecurity/trivy-action@0.24.0
        with:
          image-ref: app:latest
          exit-code: 1
          ignore-unfixed: true
  nightly:
    if: github.event_name == 'schedule'
    runs-on: ubuntu-latest
    steps:
      - run: go test -bench=. ./...
        continue-on-error: true
  release:
    uses: ./.github/workflows/release.yml
    with:
      sbom: true
`;

describe('parseGithubWorkflow', () => {
  it('reads triggers, env, jobs and steps with lines', () => {
    const parsed = parseGithubWorkflow('.github/workflows/ci.yml', workflow);
    expect(parsed.error).toBeUndefined();
    expect(parsed.name).toBe('ci');
    expect(parsed.triggers).toEqual(['push', 'pull_request', 'schedule']);
    expect(parsed.env).toEqual({ GOFLAGS: '-mod=readonly', RETRIES: '3' });
    const [scan, nightly, release] = parsed.jobs;
    expect(scan).toMatchObject({
      id: 'scan',
      continueOnError: true,
      image: 'semgrep/semgrep:1.90.0',
      env: { NODE_ENV: 'test' },
    });
    expect(scan.triggers).toBeUndefined();
    expect(scan.steps).toEqual([
      {
        uses: 'actions/checkout@v4',
        continueOnError: false,
        line: 19,
      },
      {
        name: 'Audit',
        run: 'npm ci\nnpm audit --audit-level=high\n',
        continueOnError: false,
        line: 20,
      },
      {
        uses: 'aquasecurity/trivy-action@0.24.0',
        with: {
          'image-ref': 'app:latest',
          'exit-code': '1',
          'ignore-unfixed': 'true',
        },
        continueOnError: false,
        line: 25,
      },
    ]);
    expect(nightly.triggers).toEqual(['schedule']);
    expect(nightly.steps[0].continueOnError).toBe(true);
    expect(release.steps).toEqual([
      {
        uses: './.github/workflows/release.yml',
        with: { sbom: 'true' },
        continueOnError: false,
        line: 37,
      },
    ]);
  });

  it('accepts on: as a list, a string and a push filtered on tags', () => {
    expect(githubTriggers(['push', 'pull_request'])).toEqual([
      'push',
      'pull_request',
    ]);
    expect(githubTriggers('workflow_dispatch')).toEqual(['workflow_dispatch']);
    expect(githubTriggers({ push: { tags: ['v*'] } })).toEqual(['push', 'tag']);
    expect(
      parseGithubWorkflow(
        'w.yml',
        'on: [push, pull_request]\njobs: { a: { steps: [] } }',
      ).triggers,
    ).toEqual(['push', 'pull_request']);
  });

  it('reads a schedule-only workflow', () => {
    const parsed = parseGithubWorkflow(
      'w.yml',
      "on:\n  schedule:\n    - cron: '0 0 * * *'\njobs:\n  rebuild:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build .\n",
    );
    expect(parsed.triggers).toEqual(['schedule']);
    expect(parsed.jobs[0].steps[0]).toMatchObject({
      run: 'docker build .',
      line: 8,
    });
  });

  it('records broken YAML and non-mappings as errors without throwing', () => {
    expect(
      parseGithubWorkflow('w.yml', 'on: [push\njobs: {').error,
    ).toBeDefined();
    expect(parseGithubWorkflow('w.yml', '- a\n- b').error).toBe(
      'workflow is not a YAML mapping',
    );
    expect(parseGithubWorkflow('w.yml', '').error).toBe(
      'workflow is not a YAML mapping',
    );
  });
});

describe('conditionTriggers', () => {
  const all = ['push', 'pull_request', 'schedule'];

  it('reads event restrictions from job conditions', () => {
    expect(conditionTriggers("github.event_name == 'schedule'", all)).toEqual([
      'schedule',
    ]);
    expect(
      conditionTriggers(
        "${{ github.event_name == 'push' || github.event_name == 'schedule' }}",
        all,
      ),
    ).toEqual(['push', 'schedule']);
    expect(conditionTriggers("github.event_name != 'schedule'", all)).toEqual([
      'push',
      'pull_request',
    ]);
    expect(
      conditionTriggers(
        "github.event_name == 'pull_request' && github.actor != 'bot'",
        all,
      ),
    ).toEqual(['pull_request']);
  });

  it('leaves a condition that does not bind the event unrestricted', () => {
    expect(
      conditionTriggers(
        "github.event_name == 'schedule' || inputs.force == 'true'",
        all,
      ),
    ).toBeUndefined();
    expect(conditionTriggers("github.ref == 'refs/heads/main'", all)).toBe(
      undefined,
    );
    expect(conditionTriggers(true, all)).toBeUndefined();
  });
});

describe('parseCompositeAction', () => {
  it('reads runs.steps as one job without triggers', () => {
    const parsed = parseCompositeAction(
      '.github/actions/setup/action.yml',
      'name: setup\nruns:\n  using: composite\n  steps:\n    - run: pnpm install --frozen-lockfile\n      shell: bash\n',
    );
    expect(parsed).toMatchObject({
      provider: 'github',
      triggers: [],
      jobs: [
        {
          id: 'composite',
          steps: [{ run: 'pnpm install --frozen-lockfile', line: 5 }],
        },
      ],
    });
  });
});

describe('GitHub workflow parser properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), text => {
        const parsed = parseGithubWorkflow('w.yml', text);
        expect(Array.isArray(parsed.jobs)).toBe(true);
        parseCompositeAction('action.yml', text);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of a valid workflow', () => {
    const alphabet = [':', '-', ' ', '\n', '[', '{', '&', '*', '"', "'", '|'];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: workflow.length }),
            fc.constantFrom(...alphabet),
            fc.boolean(),
          ),
          { maxLength: 10 },
        ),
        edits => {
          let text = workflow;
          for (const [at, char, replace] of edits) {
            text =
              text.slice(0, at) + char + text.slice(at + (replace ? 1 : 0));
          }
          const parsed = parseGithubWorkflow('w.yml', text);
          for (const job of parsed.jobs) {
            expect(Array.isArray(job.steps)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
