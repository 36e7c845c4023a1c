import { serviceFacts, module } from '../testing/facts';
import {
  ciCommands,
  runsOnPullRequest,
  shellCommands,
  swallowsFailure,
} from './ciSteps';
import { classifyInstall, InstallContext } from './installs';
import { workflow } from './testing';

const ci: InstallContext = {
  inCi: true,
  yarnBerry: false,
  poetryLock: false,
  lockedRequirements: new Set(),
};

describe('classifyInstall', () => {
  it('separates project restores from tool installs in one pip command', () => {
    const result = classifyInstall(
      'pip install -r requirements.txt pytest flake8==7.2.0',
      ci,
    );
    expect(result.restores).toEqual([
      expect.objectContaining({ manager: 'pip', frozen: false }),
    ]);
    expect(result.tools).toEqual([
      { manager: 'pip', spec: 'pytest', pinned: false },
      { manager: 'pip', spec: 'flake8==7.2.0', pinned: true },
    ]);
  });

  it('treats requirement locks and --require-hashes as frozen', () => {
    expect(
      classifyInstall('pip install --require-hashes -r requirements.txt', ci)
        .restores[0].frozen,
    ).toBe(true);
    expect(
      classifyInstall('python -m pip install -r requirements.lock', ci)
        .restores[0].frozen,
    ).toBe(true);
  });

  it('reads npm, yarn and bun restores and global installs', () => {
    expect(classifyInstall('npm ci --ignore-scripts', ci)).toMatchObject({
      restores: [{ frozen: true }],
      runsNodeScripts: { ignoreScripts: true },
    });
    expect(
      classifyInstall('npm install -g @scope/tool@1.2.3', ci).tools,
    ).toEqual([{ manager: 'npm', spec: '@scope/tool@1.2.3', pinned: true }]);
    expect(classifyInstall('yarn install', ci).restores[0].frozen).toBe(false);
    expect(
      classifyInstall('yarn install', { ...ci, yarnBerry: true }).restores[0]
        .frozen,
    ).toBe(true);
    expect(
      classifyInstall('bun install --frozen-lockfile', ci).restores[0].frozen,
    ).toBe(true);
    expect(classifyInstall('npm run build -w web', ci)).toEqual({
      restores: [],
      tools: [],
    });
  });

  it('reads Go and Cargo commands', () => {
    expect(
      classifyInstall(
        'go install honnef.co/go/tools/cmd/staticcheck@2025.1.1',
        ci,
      ).tools[0].pinned,
    ).toBe(true);
    expect(
      classifyInstall('go run github.com/air-verse/air@v1.61.7', ci).tools[0]
        .pinned,
    ).toBe(true);
    expect(
      classifyInstall('cargo install --locked cargo-deny@0.18.2', ci).tools[0]
        .pinned,
    ).toBe(true);
    expect(
      classifyInstall('cargo build --release', ci).restores[0].frozen,
    ).toBe(false);
  });

  it('accepts versioned curl installers and rejects unversioned ones', () => {
    expect(
      classifyInstall(
        'curl -LsSf https://astral.sh/uv/0.7.3/install.sh | sh',
        ci,
      ).floatingInstaller,
    ).toBeUndefined();
    expect(
      classifyInstall('curl -LsSf https://astral.sh/uv/install.sh | sh', ci)
        .floatingInstaller,
    ).toBeDefined();
  });
});

describe('CI helpers', () => {
  it('splits shell text into commands and sees swallowed failures', () => {
    expect(
      shellCommands('set -e\nnpm ci && npm test; \\\n  echo done'),
    ).toEqual(['set -e', 'npm ci', 'npm test', 'echo done']);
    expect(swallowsFailure('npm audit || true')).toBe(true);
    expect(swallowsFailure('npm audit --audit-level=high')).toBe(false);
  });

  it('knows which jobs run for pull requests', () => {
    const push = workflow([], { triggers: ['push'] });
    expect(runsOnPullRequest(push, push.jobs[0])).toBe(false);
    const gitlab = workflow([], { provider: 'gitlab', triggers: [] });
    expect(runsOnPullRequest(gitlab, gitlab.jobs[0])).toBe(true);
    const restricted = workflow([], {
      triggers: ['pull_request', 'push'],
      jobTriggers: ['push'],
    });
    expect(runsOnPullRequest(restricted, restricted.jobs[0])).toBe(false);
  });

  it('follows package.json scripts that CI runs', () => {
    const facts = serviceFacts({
      modules: [
        module({
          ecosystem: 'node',
          settings: { scripts: { lint: 'npm run lint -w web' } },
        }),
        module({
          ecosystem: 'node',
          dir: 'web',
          manifests: ['web/package.json'],
          settings: { scripts: { lint: 'eslint .' } },
        }),
      ],
      ci: [workflow(['npm run lint'])],
    });
    const texts = ciCommands(facts, { expandScripts: true }).map(c => c.text);
    expect(texts).toContain('eslint .');
  });
});
