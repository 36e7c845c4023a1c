import {
  isDockerfile,
  isExcludedPath,
  isInScopeDockerfile,
  isProductionDockerfile,
  isTestOrToolingPath,
} from './paths';

describe('path rules', () => {
  it('excludes vendored, generated, test-fixture and documentation folders anywhere in the tree', () => {
    expect(isExcludedPath('node_modules/x/package.json')).toBe(true);
    expect(isExcludedPath('services/api/testdata/go.mod')).toBe(true);
    expect(isExcludedPath('web/e2e/package.json')).toBe(true);
    expect(isExcludedPath('docs/adr/0001.md')).toBe(true);
    expect(isExcludedPath('services/api/go.mod')).toBe(false);
    // A file named like an excluded folder is not itself excluded.
    expect(isExcludedPath('build')).toBe(false);
  });

  it('recognises Dockerfile names and leaves out dev containers', () => {
    expect(isDockerfile('Dockerfile')).toBe(true);
    expect(isDockerfile('deploy/api.Dockerfile')).toBe(true);
    expect(isDockerfile('Dockerfile.dev')).toBe(true);
    expect(isDockerfile('Containerfile')).toBe(true);
    expect(isDockerfile('docker-compose.yml')).toBe(false);
    expect(isInScopeDockerfile('.devcontainer/Dockerfile')).toBe(false);
  });

  it('treats a dev, local, test, e2e or ci token in the path as a non-production image', () => {
    expect(isProductionDockerfile('Dockerfile')).toBe(true);
    expect(isProductionDockerfile('deploy/Dockerfile.prod')).toBe(true);
    expect(isProductionDockerfile('Dockerfile.dev')).toBe(false);
    expect(isProductionDockerfile('local/Dockerfile')).toBe(false);
    expect(isProductionDockerfile('docker/ci-runner.Dockerfile')).toBe(false);
    // "device" contains "dev" but is not the token.
    expect(isProductionDockerfile('device-gateway/Dockerfile')).toBe(true);
  });

  it('knows test files, CLIs and scripts across ecosystems', () => {
    expect(isTestOrToolingPath('internal/api/handler_test.go')).toBe(true);
    expect(isTestOrToolingPath('app/test_orders.py')).toBe(true);
    expect(isTestOrToolingPath('src/orders.spec.ts')).toBe(true);
    expect(isTestOrToolingPath('src/test/java/com/x/OrderTest.java')).toBe(
      true,
    );
    expect(isTestOrToolingPath('scripts/seed.py')).toBe(true);
    expect(isTestOrToolingPath('cmd/server/main.go')).toBe(false);
    expect(isTestOrToolingPath('src/main/java/com/x/Orders.java')).toBe(false);
  });
});
