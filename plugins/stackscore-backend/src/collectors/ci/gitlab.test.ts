import fc from 'fast-check';
import { emptyFacts } from '../collectFacts';
import { CiCollector } from './CiCollector';
import { gitlabWorkflows, readGitlabConfig } from './gitlab';
import { onlyExceptTriggers, rulesTriggers } from './gitlabTriggers';
import { catalogFacts, memoryContext } from '../testing';

const root = `include:
  - template: Security/SAST.gitlab-ci.yml
  - local: .gitlab/ci/build.yml
  - project: platform/ci-templates
    file: [/scan.yml]
  - remote: https://example.com/ci.yml

variables:
  GOFLAGS: -mod=readonly
  DEPLOY_ENV:
    value: prod
    description: target

default:
  image: golang:1.23-bookworm

stages: [test, scan]

.scan-base:
  stage: scan
  allow_failure: true
  before_script:
    - apk add --no-cache git

audit:
  extends: .scan-base
  script:
    - go install golang.org/x/vuln/cmd/govulncheck@v1.1.3
    - govulncheck ./...

nightly:
  script: go test -bench=. ./...
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"

sast:
  variables:
    SAST_EXCLUDED_PATHS: docs
`;

const build = `.build-base:
  image: node:22-bookworm-slim
unit:
  extends: .build-base
  only: [merge_requests]
  script:
    - npm ci
    - npm test
`;

describe('GitLab pipelines', () => {
  it('reads jobs, includes, extends, defaults and triggers', () => {
    const [main, included] = gitlabWorkflows([
      readGitlabConfig('.gitlab-ci.yml', root),
      readGitlabConfig('.gitlab/ci/build.yml', build),
    ]);
    expect(main.error).toBeUndefined();
    expect(main.triggers).toEqual(['push', 'merge_request']);
    expect(main.includes).toEqual([
      'Security/SAST.gitlab-ci.yml',
      '.gitlab/ci/build.yml',
      'platform/ci-templates:/scan.yml',
      'https://example.com/ci.yml',
    ]);
    expect(main.env).toEqual({ GOFLAGS: '-mod=readonly', DEPLOY_ENV: 'prod' });
    expect(main.jobs.map(j => j.id)).toEqual(['audit', 'nightly', 'sast']);
    const [audit, nightly, sast] = main.jobs;
    expect(audit).toMatchObject({
      continueOnError: true,
      image: 'golang:1.23-bookworm',
    });
    expect(audit.steps).toEqual([
      // Inherited from the hidden job, so no line in this job.
      { run: 'apk add --no-cache git', continueOnError: false },
      {
        run: 'go install golang.org/x/vuln/cmd/govulncheck@v1.1.3',
        continueOnError: false,
        line: 28,
      },
      { run: 'govulncheck ./...', continueOnError: false, line: 29 },
    ]);
    expect(nightly.triggers).toEqual(['schedule']);
    expect(nightly.steps).toEqual([
      { run: 'go test -bench=. ./...', continueOnError: false, line: 32 },
    ]);
    expect(sast.env).toEqual({ SAST_EXCLUDED_PATHS: 'docs' });
    expect(included.file).toBe('.gitlab/ci/build.yml');
    expect(included.jobs).toEqual([
      {
        id: 'unit',
        triggers: ['merge_request'],
        continueOnError: false,
        image: 'node:22-bookworm-slim',
        env: {},
        steps: [
          { run: 'npm ci', continueOnError: false, line: 7 },
          { run: 'npm test', continueOnError: false, line: 8 },
        ],
      },
    ]);
  });

  it('reads workflow rules', () => {
    expect(
      rulesTriggers([
        { if: '$CI_PIPELINE_SOURCE == "merge_request_event"' },
        { if: '$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS', when: 'never' },
        { if: '$CI_COMMIT_BRANCH' },
      ]),
    ).toEqual(['merge_request', 'push']);
    expect(
      rulesTriggers([
        { if: '$CI_PIPELINE_SOURCE == "schedule"', when: 'never' },
        { when: 'always' },
      ]),
    ).toEqual(['push', 'merge_request']);
    expect(rulesTriggers([{ if: '$RUN_IT == "1"' }])).toBeUndefined();
    expect(rulesTriggers([{ changes: ['go.mod'] }])).toBeUndefined();
    expect(
      rulesTriggers([{ if: '$CI_PIPELINE_SOURCE =~ /^(push|schedule)$/' }]),
    ).toEqual(['push', 'schedule']);
  });

  it('reads only/except', () => {
    expect(onlyExceptTriggers(['schedules'], undefined)).toEqual(['schedule']);
    expect(onlyExceptTriggers({ refs: ['main', 'tags'] }, undefined)).toEqual([
      'push',
      'tag',
    ]);
    expect(onlyExceptTriggers(undefined, ['schedules'])).toEqual([
      'push',
      'merge_request',
    ]);
    expect(onlyExceptTriggers(undefined, ['main'])).toBeUndefined();
  });

  it('records broken YAML as an error workflow', () => {
    const [broken] = gitlabWorkflows([
      readGitlabConfig('.gitlab-ci.yml', 'test:\n  script: [a\n'),
    ]);
    expect(broken.error).toBeDefined();
    expect(broken.jobs).toEqual([]);
  });

  it('skips a CI/CD inputs header document', () => {
    const [workflow] = gitlabWorkflows([
      readGitlabConfig(
        '.gitlab-ci.yml',
        'spec:\n  inputs:\n    stage: {}\n---\nlint:\n  script: [golangci-lint run]\n',
      ),
    ]);
    expect(workflow.error).toBeUndefined();
    expect(workflow.jobs[0].steps[0].run).toBe('golangci-lint run');
  });
});

describe('CiCollector', () => {
  it('follows local includes, reads GitHub workflows and records errors', async () => {
    const facts = emptyFacts(catalogFacts());
    await new CiCollector().collect(
      memoryContext({
        '.gitlab-ci.yml': root,
        '.gitlab/ci/build.yml': build,
        '.gitlab/ci/unused.yml': 'x: [',
        '.github/workflows/ci.yml':
          'on: push\njobs:\n  a:\n    steps: [{run: make}]\n',
        '.github/workflows/broken.yaml': 'on: [push\n',
        'src/app.yml': 'ignored: true',
      }),
      facts,
    );
    expect(facts.ci.map(w => [w.provider, w.file, Boolean(w.error)])).toEqual([
      ['github', '.github/workflows/broken.yaml', true],
      ['github', '.github/workflows/ci.yml', false],
      ['gitlab', '.gitlab-ci.yml', false],
      ['gitlab', '.gitlab/ci/build.yml', false],
    ]);
    expect(facts.errors).toHaveLength(1);
    expect(facts.errors[0]).toMatchObject({
      collector: 'ci',
      file: '.github/workflows/broken.yaml',
    });
  });

  it('wants workflow, action and GitLab files only', () => {
    const collector = new CiCollector();
    expect(collector.wants('.github/workflows/ci.yaml')).toBe(true);
    expect(collector.wants('.github/actions/setup/action.yml')).toBe(true);
    expect(collector.wants('.gitlab-ci.yml')).toBe(true);
    expect(collector.wants('ci/jobs.gitlab-ci.yml')).toBe(true);
    expect(collector.wants('.github/workflows/README.md')).toBe(false);
    expect(collector.wants('deploy/values.yaml')).toBe(false);
  });
});

describe('GitLab parser properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), text => {
        const workflows = gitlabWorkflows([
          readGitlabConfig('.gitlab-ci.yml', text),
        ]);
        expect(workflows).toHaveLength(1);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of a valid pipeline', () => {
    const alphabet = [':', '-', ' ', '\n', '[', '&', '*', '<', '.', '$'];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat({ max: root.length }),
            fc.constantFrom(...alphabet),
            fc.boolean(),
          ),
          { maxLength: 10 },
        ),
        edits => {
          let text = root;
          for (const [at, char, replace] of edits) {
            text =
              text.slice(0, at) + char + text.slice(at + (replace ? 1 : 0));
          }
          const workflows = gitlabWorkflows([
            readGitlabConfig('.gitlab-ci.yml', text),
            readGitlabConfig('.gitlab/ci/build.yml', build),
          ]);
          expect(workflows).toHaveLength(2);
        },
      ),
      { numRuns: 500 },
    );
  });
});
