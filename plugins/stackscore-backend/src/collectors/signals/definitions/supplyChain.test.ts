import { scanText } from '../SignalsCollector';
import { supplyChainSignals } from './supplyChain';

function matches(line: string): string[] {
  return scanText('build.gradle.kts', line, supplyChainSignals).map(
    m => m.signal,
  );
}

describe('supply-chain signals', () => {
  it.each<[string, string]>([
    [
      'id("org.owasp.dependencycheck") version "12.1.1"',
      'supply-chain.gradle-dependency-check',
    ],
    ['    failBuildOnCVSS = 7.0f', 'supply-chain.gradle-fail-build-on-cvss'],
    [
      'id("org.cyclonedx.bom") version "2.3.1"',
      'supply-chain.gradle-cyclonedx',
    ],
    [
      'id("com.github.spotbugs") version "6.1.11"',
      'supply-chain.gradle-spotbugs',
    ],
    [
      'spotbugsPlugins("com.h3xstream.findsecbugs:findsecbugs-plugin:1.14.0")',
      'supply-chain.gradle-findsecbugs',
    ],
    [
      '        languageVersion = JavaLanguageVersion.of(21)',
      'supply-chain.gradle-java-toolchain',
    ],
    ['dependencyLocking {', 'supply-chain.gradle-dependency-locking'],
    [
      'implementation(platform("org.springframework.boot:spring-boot-dependencies:3.5.0"))',
      'supply-chain.gradle-platform',
    ],
    [
      'implementation("com.example:lib:1.+")',
      'supply-chain.gradle-dynamic-version',
    ],
    [
      'implementation("com.example:lib:latest.release")',
      'supply-chain.gradle-dynamic-version',
    ],
  ])('`%s` matches %s', (line, id) => {
    expect(matches(line)).toContain(id);
  });

  it.each<[string, string]>([
    [
      'implementation("com.example:lib:1.2.3")',
      'supply-chain.gradle-dynamic-version',
    ],
    [
      '// id("org.owasp.dependencycheck")',
      'supply-chain.gradle-dependency-check',
    ],
    ['    // failBuildOnCVSS = 7.0f', 'supply-chain.gradle-fail-build-on-cvss'],
  ])('`%s` does not match %s', (line, id) => {
    expect(matches(line)).not.toContain(id);
  });
});
