import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { emptyFacts } from '../collectFacts';
import { ManifestsCollector } from './ManifestsCollector';

function facts(): EntityFacts {
  return emptyFacts({
    kind: 'Component',
    namespace: 'default',
    name: 'mono',
    tags: [],
    annotations: {},
    links: [],
    providesApis: [],
    dependsOn: [],
  });
}

/** Runs the collector over an in-memory repository. */
async function collect(
  repo: Record<string, string>,
  unreadable: string[] = [],
) {
  const collector = new ManifestsCollector();
  const result = facts();
  const files = Object.keys(repo).sort();
  await collector.collect(
    {
      files,
      readText: async path => {
        if (unreadable.includes(path))
          throw new Error(`${path} exceeds the size limit`);
        if (!collector.wants(path))
          throw new Error(`${path} was not requested`);
        return repo[path];
      },
    },
    result,
  );
  return result;
}

const goMod =
  'module example.com/flags\n\ngo 1.24\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.2.1\n\tgoogle.golang.org/grpc v1.71.0 // indirect\n)\n';

describe('ManifestsCollector', () => {
  it('wants manifests and lockfiles, not other files or binary lockfiles', () => {
    const collector = new ManifestsCollector();
    for (const path of [
      'go.mod',
      'web/package.json',
      'requirements-dev.txt',
      'requirements/base.txt',
      'gradle/libs.versions.toml',
      'a/gradle.lockfile',
      'uv.lock',
    ]) {
      expect(collector.wants(path)).toBe(true);
    }
    for (const path of [
      'main.go',
      'bun.lockb',
      'README.md',
      'libs.versions.toml',
    ]) {
      expect(collector.wants(path)).toBe(false);
    }
  });

  it('collects a Go server with a browser package and a workspace lockfile in a parent folder', async () => {
    const result = await collect({
      'go.mod': goMod,
      'go.sum': 'github.com/go-chi/chi/v5 v5.2.1 h1:x=\n',
      'package.json': '{"name":"root","private":true,"workspaces":["web"]}',
      'package-lock.json':
        '{"lockfileVersion":3,"packages":{"node_modules/esbuild":{"version":"0.25.4","hasInstallScript":true}}}',
      'web/package.json': '{"name":"web","dependencies":{"react":"^18"}}',
      'internal/testdata/legacy/package.json':
        '{"dependencies":{"express":"*"}}',
      'main.go': 'package main',
    });
    expect(result.errors).toEqual([]);
    expect(
      result.modules.map(m => [m.ecosystem, m.dir, m.isServer, m.lockfiles]),
    ).toEqual([
      ['go', '', true, ['go.sum']],
      ['node', '', false, ['package-lock.json']],
      ['node', 'web', false, ['package-lock.json']],
    ]);
    const go = result.modules[0];
    expect(
      go.dependencies.find(d => d.name === 'google.golang.org/grpc')?.indirect,
    ).toBe(true);
    expect(result.lockfiles.map(l => [l.file, l.format])).toEqual([
      ['go.sum', 'go-sum'],
      ['package-lock.json', 'package-lock'],
    ]);
  });

  it('keeps parsing other modules when one manifest is malformed or unreadable', async () => {
    const result = await collect(
      {
        'api/package.json': '{"name": "api", "dependencies": {',
        'worker/package.json':
          '{"name":"worker","dependencies":{"fastify":"^5"}}',
        'big/go.mod': goMod,
        'Cargo.toml': '[package]\nname = "x"\n[dependencies]\naxum = "0.8"\n',
        'Cargo.lock': '[[package]\n',
      },
      ['big/go.mod'],
    );
    const byDir = Object.fromEntries(
      result.modules.map(m => [`${m.ecosystem}:${m.dir}`, m]),
    );
    expect(byDir['node:api'].error).toBeTruthy();
    expect(byDir['node:api'].manifests).toEqual(['api/package.json']);
    expect(byDir['node:worker'].serverFrameworks).toEqual(['fastify']);
    expect(byDir['go:big'].error).toMatch(/size limit/);
    expect(byDir['rust:'].isServer).toBe(true);
    expect(byDir['rust:'].lockfiles).toEqual(['Cargo.lock']);
    expect(result.lockfiles[0].error).toBeTruthy();
    expect(result.errors.map(e => [e.collector, e.file])).toEqual([
      ['manifests', 'Cargo.lock'],
      ['manifests', 'big/go.mod'],
      ['manifests', 'api/package.json'],
    ]);
  });

  it('does not give a Go module without requirements a go.sum', async () => {
    const result = await collect({
      'go.mod': 'module x\n\ngo 1.22\n',
      'go.sum': '',
    });
    expect(result.modules[0].lockfiles).toEqual([]);
  });

  it('merges a pyproject and requirements files of one folder and follows -r includes', async () => {
    const result = await collect({
      'svc/pyproject.toml':
        '[project]\nname = "svc"\nrequires-python = ">=3.12"\ndependencies = ["fastapi[standard]>=0.115"]\n',
      'svc/requirements.txt':
        '-r requirements/base.txt\nuvicorn==0.34.2 --hash=sha256:a\n',
      'svc/requirements/base.txt': 'httpx==0.28.1 --hash=sha256:b\n',
      'svc/requirements-dev.txt': 'pytest==8.3.5 --hash=sha256:c\n',
      '.python-version': '3.12\n',
      'svc/uv.lock': '[[package]]\nname = "fastapi"\nversion = "0.115.12"\n',
    });
    expect(result.errors).toEqual([]);
    expect(result.modules).toHaveLength(1);
    const module = result.modules[0];
    expect(module).toMatchObject({
      ecosystem: 'python',
      dir: 'svc',
      name: 'svc',
      isServer: true,
      serverFrameworks: ['fastapi'],
      toolchain: { value: '>=3.12', file: 'svc/pyproject.toml' },
      manifests: [
        'svc/pyproject.toml',
        'svc/requirements-dev.txt',
        'svc/requirements.txt',
        'svc/requirements/base.txt',
      ],
    });
    expect(module.settings).toMatchObject({
      hashPinned: true,
      pythonVersionFile: '.python-version',
      asgiServers: ['uvicorn'],
      fastapiStandard: true,
    });
    expect(module.dependencies.map(d => [d.name, d.scope, d.file])).toEqual([
      ['fastapi', 'runtime', 'svc/pyproject.toml'],
      ['pytest', 'dev', 'svc/requirements-dev.txt'],
      ['uvicorn', 'runtime', 'svc/requirements.txt'],
      ['httpx', 'runtime', 'svc/requirements/base.txt'],
    ]);
    // Fully pinned and hashed requirements files count as locks, besides uv.lock.
    expect(module.lockfiles).toEqual([
      'svc/requirements-dev.txt',
      'svc/requirements.txt',
      'svc/requirements/base.txt',
      'svc/uv.lock',
    ]);
  });

  it('resolves a Maven multi-module build against the parent pom in the repository', async () => {
    const result = await collect({
      'pom.xml':
        '<project><groupId>com.acme</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging><modules><module>api</module></modules><properties><maven.compiler.release>21</maven.compiler.release><otel.version>1.49.0</otel.version></properties></project>',
      'api/pom.xml':
        '<project><parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>1</version></parent><artifactId>api</artifactId><dependencies><dependency><groupId>io.opentelemetry</groupId><artifactId>opentelemetry-sdk</artifactId><version>${otel.version}</version></dependency><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-webflux</artifactId></dependency></dependencies></project>',
    });
    const api = result.modules.find(m => m.dir === 'api')!;
    expect(api.name).toBe('api');
    expect(api.isServer).toBe(true);
    expect(api.toolchain).toMatchObject({ value: '21', file: 'pom.xml' });
    expect(
      api.dependencies.find(
        d => d.name === 'io.opentelemetry:opentelemetry-sdk',
      )?.version,
    ).toBe('1.49.0');
    const root = result.modules.find(m => m.dir === '')!;
    expect(root.settings).toMatchObject({ aggregator: true, modules: ['api'] });
  });

  it('collects a Gradle multi-project build with a catalog, lockfiles and verification metadata', async () => {
    const result = await collect({
      'settings.gradle.kts': 'rootProject.name = "shop"\ninclude(":api")\n',
      'gradle/libs.versions.toml':
        '[libraries]\nweb = "org.springframework.boot:spring-boot-starter-web:3.5.0"\n',
      'gradle/verification-metadata.xml': '<verification-metadata/>',
      'api/build.gradle.kts':
        'plugins { java }\ndependencyLocking { lockAllConfigurations() }\ndependencies {\n  implementation(libs.web)\n}\n',
      'api/gradle.lockfile':
        'org.springframework.boot:spring-boot-starter-web:3.5.0=runtimeClasspath\n',
    });
    expect(result.errors).toEqual([]);
    expect(
      result.modules.map(m => [
        m.dir,
        m.name,
        m.isServer,
        m.lockfiles,
        m.manifests,
      ]),
    ).toEqual([
      ['', 'shop', false, [], ['settings.gradle.kts']],
      ['api', 'api', true, ['api/gradle.lockfile'], ['api/build.gradle.kts']],
    ]);
    expect(result.modules[0].settings).toMatchObject({
      modules: ['api'],
      verificationMetadata: true,
      aggregator: true,
    });
    expect(result.modules[1].settings.dependencyLocking).toBe(true);
  });

  it('marks the projects below a version catalog Gradle could not parse as unreadable, naming the catalog', async () => {
    const result = await collect({
      'gradle/libs.versions.toml': '[libraries\nweb = "x"\n',
      'build.gradle.kts':
        'plugins { java }\ndependencies {\n  implementation(libs.web)\n}\n',
      'tools/build.gradle.kts': 'plugins { java }\n',
    });
    expect(result.errors.map(e => e.file)).toEqual([
      'gradle/libs.versions.toml',
    ]);
    expect(result.modules.map(m => [m.dir, m.error])).toEqual([
      [
        '',
        expect.stringMatching(
          /^gradle\/libs\.versions\.toml could not be parsed: /,
        ),
      ],
      ['tools', expect.stringMatching(/^gradle\/libs\.versions\.toml/)],
    ]);
  });

  it('inherits Cargo workspace dependencies into members', async () => {
    const result = await collect({
      'Cargo.toml':
        '[workspace]\nmembers = ["api"]\n[workspace.package]\nrust-version = "1.85"\n[workspace.dependencies]\naxum = { version = "0.8", features = ["macros"] }\n',
      'Cargo.lock': '[[package]]\nname = "axum"\nversion = "0.8.4"\n',
      'api/Cargo.toml':
        '[package]\nname = "api"\nrust-version.workspace = true\n[dependencies]\naxum = { workspace = true, features = ["ws"] }\n',
    });
    const api = result.modules.find(m => m.dir === 'api')!;
    expect(api.isServer).toBe(true);
    expect(api.lockfiles).toEqual(['Cargo.lock']);
    expect(api.toolchain?.value).toBe('1.85');
    expect(api.dependencies[0]).toMatchObject({
      name: 'axum',
      version: '0.8',
      features: ['macros', 'ws'],
    });
    expect(result.modules.find(m => m.dir === '')!.isServer).toBe(false);
  });

  it('records bun lockfiles by presence and never reads them', async () => {
    const result = await collect({
      'package.json':
        '{"name":"b","packageManager":"bun@1.2.0","dependencies":{"hono":"^4"}}',
      'bun.lockb': '\u0000binary',
    });
    expect(result.lockfiles).toEqual([
      {
        ecosystem: 'node',
        file: 'bun.lockb',
        format: 'bun-lock',
        packages: [],
      },
    ]);
    expect(result.modules[0]).toMatchObject({
      isServer: true,
      lockfiles: ['bun.lockb'],
      toolchain: { value: 'bun@1.2.0' },
    });
  });
});
