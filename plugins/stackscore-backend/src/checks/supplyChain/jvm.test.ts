import type { EntityFacts } from '@stackscore/plugin-stackscore-common';
import { defaultCheckSettings } from '../types';
import { module, serviceFacts } from '../testing/facts';
import { supplyChainCheckImplementations } from '.';
import { signal, workflow } from './testing';

function run(id: string, facts: EntityFacts) {
  const check = supplyChainCheckImplementations.find(c => c.id === id)!;
  return check.evaluate(facts, defaultCheckSettings);
}

const gradle = (settings: Record<string, unknown> = {}) =>
  module({ ecosystem: 'java', manifests: ['build.gradle.kts'], settings });

describe('supply-chain.jvm-version-locking', () => {
  const id = 'supply-chain.jvm-version-locking';

  it('passes Gradle locking with a committed lockfile, a BOM, the Boot parent or the enforcer', () => {
    expect(
      run(
        id,
        serviceFacts({
          modules: [gradle({ dependencyLocking: true })],
          files: ['gradle.lockfile'],
        }),
      ).status,
    ).toBe('pass');
    const bom = module({
      ecosystem: 'java',
      dependencies: [
        { name: 'g:bom', version: '1', scope: 'bom', file: 'pom.xml' },
      ],
    });
    expect(run(id, serviceFacts({ modules: [bom] })).status).toBe('pass');
    const parent = module({
      ecosystem: 'java',
      settings: { parent: { artifactId: 'spring-boot-starter-parent' } },
    });
    expect(run(id, serviceFacts({ modules: [parent] })).status).toBe('pass');
    const enforcer = module({
      ecosystem: 'java',
      settings: {
        plugins: {
          'maven-enforcer-plugin': { rules: { banDynamicVersions: {} } },
        },
      },
    });
    expect(run(id, serviceFacts({ modules: [enforcer] })).status).toBe('pass');
  });

  it('lets a child module inherit from its parent, and fails an unlocked build', () => {
    const parent = module({
      ecosystem: 'java',
      settings: { parent: { artifactId: 'spring-boot-starter-parent' } },
    });
    const child = module({
      ecosystem: 'java',
      dir: 'api',
      manifests: ['api/pom.xml'],
    });
    expect(run(id, serviceFacts({ modules: [parent, child] })).status).toBe(
      'pass',
    );
    expect(
      run(id, serviceFacts({ modules: [gradle({ dependencyLocking: true })] }))
        .status,
    ).toBe('fail');
  });

  it('reads Gradle locking and platform() from build script signals', () => {
    const facts = serviceFacts({
      modules: [gradle()],
      signals: [
        signal(
          'supply-chain.gradle-platform',
          'build.gradle.kts',
          'implementation(platform("org.springframework.boot:spring-boot-dependencies:3.5.0"))',
        ),
      ],
    });
    expect(run(id, facts).status).toBe('pass');
  });
});

describe('supply-chain.jvm-integrity-verification', () => {
  const id = 'supply-chain.jvm-integrity-verification';

  it('passes Gradle verification metadata and Maven strict checksums', () => {
    expect(
      run(
        id,
        serviceFacts({
          modules: [gradle()],
          files: ['gradle/verification-metadata.xml'],
        }),
      ).status,
    ).toBe('pass');
    const maven = module({ ecosystem: 'java' });
    expect(
      run(
        id,
        serviceFacts({
          modules: [maven],
          configFiles: { '.mvn/maven.config': '--strict-checksums\n' },
        }),
      ).status,
    ).toBe('pass');
    expect(
      run(
        id,
        serviceFacts({
          modules: [maven],
          ci: [workflow(['mvn -B -C verify'])],
        }),
      ).status,
    ).toBe('pass');
  });

  it('fails without verification', () => {
    expect(run(id, serviceFacts({ modules: [gradle()] })).status).toBe('fail');
    expect(
      run(
        id,
        serviceFacts({
          modules: [module({ ecosystem: 'java' })],
          configFiles: { '.mvn/maven.config': '-B\n' },
        }),
      ).status,
    ).toBe('fail');
  });
});
