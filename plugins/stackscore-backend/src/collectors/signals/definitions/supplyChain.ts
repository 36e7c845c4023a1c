import type { SignalDefinition } from '../types';

/** Comment lines of Kotlin/Groovy build scripts; never evidence. */
const commentLine = /^\s*(\/\/|\*|\/\*)/;

/**
 * Heuristics of the `supply-chain` scorecard over Gradle Kotlin/Groovy build scripts (code, so read with
 * patterns): plugins and settings the manifest collector may not report.
 *
 * @internal
 */
export const supplyChainSignals: SignalDefinition[] = [
  {
    id: 'supply-chain.gradle-dependency-check',
    languages: ['java'],
    pattern: /\borg\.owasp\.dependencycheck\b|^\s*dependencyCheck\s*\{/,
    unless: commentLine,
  },
  {
    id: 'supply-chain.gradle-fail-build-on-cvss',
    languages: ['java'],
    pattern: /\bfailBuildOnCVSS\b\s*(?:=|\()/,
    unless: commentLine,
  },
  {
    id: 'supply-chain.gradle-cyclonedx',
    languages: ['java'],
    pattern: /\borg\.cyclonedx\.bom\b/,
    unless: commentLine,
  },
  {
    id: 'supply-chain.gradle-spotbugs',
    languages: ['java'],
    pattern: /\bcom\.github\.spotbugs\b/,
    unless: commentLine,
  },
  {
    id: 'supply-chain.gradle-findsecbugs',
    languages: ['java'],
    pattern: /\bcom\.h3xstream\.findsecbugs\b|\bfindsecbugs-plugin\b/,
    unless: commentLine,
  },
  {
    id: 'supply-chain.gradle-java-toolchain',
    languages: ['java'],
    pattern:
      /\blanguageVersion\b\s*(?:\.set\(|=)\s*JavaLanguageVersion\.of\(\s*\d+/,
    unless: commentLine,
  },
  {
    id: 'supply-chain.gradle-dependency-locking',
    languages: ['java'],
    pattern:
      /^\s*dependencyLocking\s*\{|\block(?:All)?Configurations\(\)|\blockMode\b/,
    unless: commentLine,
  },
  {
    id: 'supply-chain.gradle-platform',
    languages: ['java'],
    pattern:
      /\b(?:platform|enforcedPlatform)\(\s*["'(]|\bmavenBom\s*\(?\s*["']/,
    unless: commentLine,
  },
  {
    id: 'supply-chain.gradle-dynamic-version',
    languages: ['java'],
    pattern:
      /["'][\w.-]+:[\w.-]+:(?:[\d.]*\+|latest\.(?:release|integration))["']/,
    unless: commentLine,
  },
];
