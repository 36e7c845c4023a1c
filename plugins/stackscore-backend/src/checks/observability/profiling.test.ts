import type {
  EntityFacts,
  ModuleFacts,
} from '@stackscore/plugin-stackscore-common';
import { module, serviceFacts } from '../testing/facts';
import { scanFiles } from './testSupport';
import { profilingChecks } from './profiling';

const run = (facts: EntityFacts) =>
  profilingChecks[0].evaluate(facts, {
    internalNpmScopes: [],
    installScriptAllowlist: [],
  });

const server = (
  ecosystem: ModuleFacts['ecosystem'],
  deps: Array<{ name: string; scope: 'runtime' | 'dev' }> = [],
  extra: Partial<ModuleFacts> = {},
) =>
  module({
    ecosystem,
    isServer: true,
    serverFrameworks: ['framework'],
    dependencies: deps.map(d => ({ ...d, file: 'manifest' })),
    ...extra,
  });

const facts = (
  modules: ModuleFacts[],
  files: Record<string, string> = {},
  extra: Partial<EntityFacts> = {},
) => serviceFacts({ modules, signals: scanFiles(files), ...extra });

const virtualThreads = {
  'src/main/resources/application.properties':
    'spring.threads.virtual.enabled=true\n',
};

describe('observability.profiling-tooling', () => {
  it('passes python with py-spy as a dev dependency, fails without a profiler', () => {
    expect(
      run(facts([server('python', [{ name: 'py-spy', scope: 'dev' }])])).status,
    ).toBe('pass');
    expect(
      run(facts([server('python', [{ name: 'fastapi', scope: 'runtime' }])]))
        .status,
    ).toBe('fail');
  });

  it('passes Go with net/http/pprof, fails without', () => {
    expect(
      run(
        facts([server('go')], { 'cmd/api/main.go': '\t_ "net/http/pprof"\n' }),
      ).status,
    ).toBe('pass');
    expect(
      run(facts([server('go')], { 'cmd/api/main.go': 'package main\n' }))
        .status,
    ).toBe('fail');
  });

  it('passes Java with virtual threads and -Djdk.tracePinnedThreads=full in surefire', () => {
    const java = server('java', [], {
      settings: {
        plugins: {
          'maven-surefire-plugin': { argLine: '-Djdk.tracePinnedThreads=full' },
        },
      },
    });
    expect(run(facts([java], {}, { configFiles: virtualThreads })).status).toBe(
      'pass',
    );
  });

  it('fails Java with virtual threads and no pinned-thread tracing; not applicable when they are off', () => {
    const java = server('java');
    const outcome = run(facts([java], {}, { configFiles: virtualThreads }));
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence[0]).toMatchObject({
      file: 'src/main/resources/application.properties',
      line: 1,
    });
    expect(run(facts([java])).status).toBe('not-applicable');
  });

  it('is not applicable for a Node server', () => {
    expect(run(facts([server('node')])).status).toBe('not-applicable');
  });
});
