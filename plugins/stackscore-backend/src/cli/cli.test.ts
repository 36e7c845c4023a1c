import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

jest.setTimeout(120_000);

const bin = path.resolve(__dirname, '../../bin/stackscore');
const repoRoot = path.resolve(__dirname, '../../../..');
const examples = path.join(repoRoot, 'examples/repos');

function stackscore(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempRepo(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stackscore-cli-'));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('stackscore CLI', () => {
  it('lists the whole catalogue as JSON with remediation and references', () => {
    const { code, stdout } = stackscore('checks', '--format', 'json');
    expect(code).toBe(0);
    const checks = JSON.parse(stdout);
    expect(checks).toHaveLength(71);
    for (const check of checks) {
      expect(check.remediation.summary).toBeTruthy();
      expect(check.references.length).toBeGreaterThan(0);
    }
    expect(checks.map((c: { id: string }) => c.id)).toContain(
      'supply-chain.base-image-pinned',
    );
  });

  it('lists the catalogue as a table', () => {
    const { code, stdout } = stackscore('checks');
    expect(code).toBe(0);
    expect(stdout).toContain('Supply chain');
    expect(stdout).toContain('slo.defined');
  });

  it('scores an example repository in the JSON contract shape', () => {
    const { code, stdout, stderr } = stackscore(
      'score',
      path.join(examples, 'checkout-api'),
      '--format',
      'json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const scores = JSON.parse(stdout);
    expect(scores.entity).toEqual({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout-api',
    });
    expect(scores.ecosystems).toEqual(['go']);
    expect(scores.scorecards.map((s: { id: string }) => s.id)).toEqual([
      'slo',
      'observability',
      'security',
      'supply-chain',
    ]);
    for (const card of scores.scorecards) {
      expect(['none', 'bronze', 'silver', 'gold']).toContain(card.level);
      expect(card.score).toBeGreaterThanOrEqual(0);
      expect(card.score).toBeLessThanOrEqual(1);
    }
    expect(scores.results).toHaveLength(71);
    expect(scores.results[0]).toEqual(
      expect.objectContaining({
        checkId: expect.any(String),
        scorecard: expect.any(String),
        status: expect.stringMatching(/^(pass|fail|not-applicable|error)$/),
        level: expect.any(String),
        severity: expect.any(String),
        evidence: expect.any(Array),
      }),
    );
  });

  it('prints a table grouped by scorecard with failing checks and their fixes', () => {
    const { code, stdout } = stackscore(
      'score',
      path.join(examples, 'promo-codes'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('promo-codes (component:default/promo-codes)');
    expect(stdout).toContain('Supply chain');
    expect(stdout).toMatch(/✗ supply-chain\.[a-z-]+/);
    expect(stdout).toContain('fix:');
  });

  it('exits 1 when a --fail-under threshold is not met, 0 when it is', () => {
    const failing = stackscore(
      'score',
      path.join(examples, 'promo-codes'),
      '--fail-under',
      'supply-chain:bronze',
      '--format',
      'json',
    );
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(
      /supply-chain is none, below the required bronze/,
    );

    const passing = stackscore(
      'score',
      path.join(examples, 'checkout-api'),
      '--fail-under',
      'security:bronze',
      '--fail-under',
      'supply-chain:bronze',
    );
    expect(passing.code).toBe(0);
  });

  it('exits 2 with one line on usage and I/O errors', () => {
    const badLevel = stackscore(
      'score',
      examples,
      '--fail-under',
      'security:platinum',
    );
    expect(badLevel.code).toBe(2);
    expect(badLevel.stderr.trim().split('\n')).toHaveLength(1);

    const missing = stackscore('score', path.join(repoRoot, 'no-such-dir'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^stackscore: .*no-such-dir is not a directory\n$/,
    );

    const badFormat = stackscore('checks', '--format', 'xml');
    expect(badFormat.code).toBe(2);
  });

  it('gives an error result naming a malformed package.json and still scores the rest', () => {
    const dir = tempRepo({
      'package.json': '{ "name": "broken", "dependencies": { ',
      'go.mod': 'module example.com/ok\n\ngo 1.22\n',
    });
    const { code, stdout } = stackscore('score', dir, '--format', 'json');
    expect(code).toBe(0);
    const scores = JSON.parse(stdout);
    expect(scores.ecosystems).toEqual(['go', 'node']);
    const errors = scores.results.filter(
      (r: { status: string }) => r.status === 'error',
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.some((r: { evidence: Array<{ file?: string }> }) =>
        r.evidence.some(e => e.file === 'package.json'),
      ),
    ).toBe(true);
  });

  it('survives a 3 MB one-line file, a binary file and a symlink loop', () => {
    const dir = tempRepo({
      'package.json': JSON.stringify({
        name: 'x',
        dependencies: { express: '4.21.2' },
      }),
      'src/huge.js': `const x = "${'a'.repeat(3 * 1024 * 1024)}";`,
      'src/blob.js': Buffer.from([0, 1, 2, 255, 0, 10, 99, 111, 110]),
    });
    fs.symlinkSync(dir, path.join(dir, 'src', 'loop'));
    fs.symlinkSync('/etc', path.join(dir, 'outside'));
    const { code, stdout, stderr } = stackscore(
      'score',
      dir,
      '--format',
      'json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const scores = JSON.parse(stdout);
    expect(scores.ecosystems).toEqual(['node']);
    expect(scores.results).toHaveLength(71);
  });
});
