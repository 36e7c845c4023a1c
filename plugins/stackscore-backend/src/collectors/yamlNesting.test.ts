import { assertYamlNesting, maxYamlFlowDepth } from './yamlNesting';
import { readYaml } from './ci/yaml';

describe('assertYamlNesting', () => {
  it('lets real documents through, quotes and comments included', () => {
    expect(() =>
      assertYamlNesting(
        'on: [push, {pull_request: {branches: [main]}}]\nname: "[[[[" # {{{{\n',
        'ci.yml',
      ),
    ).not.toThrow();
  });

  it('refuses flow nesting past the limit, naming the file', () => {
    const deep = '['.repeat(maxYamlFlowDepth + 1);
    expect(() => assertYamlNesting(deep, '.github/workflows/ci.yml')).toThrow(
      /\.github\/workflows\/ci\.yml: nested more than 100 levels deep/,
    );
  });

  it('turns a too-deep document into a parse error instead of parsing it', () => {
    const parsed = readYaml(`a: ${'['.repeat(1000)}`);
    expect(parsed.value).toBeUndefined();
    expect(parsed.error).toMatch(/nested more than 100 levels deep/);
  });
});
