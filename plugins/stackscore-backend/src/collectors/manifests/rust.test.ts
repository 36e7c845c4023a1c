import { parseCargoLock, parseCargoToml, rustServerFrameworks } from './rust';

const cargo = `[package]
name = "tokenizer"
rust-version = "1.86"

[dependencies]
axum = "0.8.4"
tokio = { version = "1.45.0", features = ["macros", "signal"] }
otel = { package = "opentelemetry", version = "0.29" }
shared = { workspace = true }

[dependencies.serde]
version = "1.0"
features = ["derive"]

[dev-dependencies]
criterion = "0.5.1"

[build-dependencies]
tonic-build = "0.13"

[target.'cfg(unix)'.dependencies]
nix = "0.29"
`;

describe('parseCargoToml', () => {
  it('reads dependencies by scope with features, renames, lines and rust-version', () => {
    const parsed = parseCargoToml(cargo, 'Cargo.toml');
    expect(parsed.error).toBeUndefined();
    expect(parsed.name).toBe('tokenizer');
    expect(parsed.toolchain).toEqual({
      value: '1.86',
      file: 'Cargo.toml',
      line: 3,
    });
    expect(
      parsed.dependencies.map(d => [
        d.name,
        d.version,
        d.scope,
        d.features,
        d.line,
      ]),
    ).toEqual([
      ['axum', '0.8.4', 'runtime', undefined, 6],
      ['tokio', '1.45.0', 'runtime', ['macros', 'signal'], 7],
      ['opentelemetry', '0.29', 'runtime', undefined, 8],
      ['shared', undefined, 'runtime', undefined, 9],
      ['serde', '1.0', 'runtime', ['derive'], 11],
      ['criterion', '0.5.1', 'dev', undefined, 16],
      ['tonic-build', '0.13', 'build', undefined, 19],
      ['nix', '0.29', 'runtime', undefined, 22],
    ]);
    expect(parsed.serverFrameworks).toEqual(['axum']);
    expect(parsed.settings.workspaceInherited).toEqual(['shared']);
  });

  it('records a virtual workspace: members, inheritable dependencies marked indirect, no server', () => {
    const parsed = parseCargoToml(
      '[workspace]\nmembers = ["api", "core"]\n\n[workspace.package]\nrust-version = "1.85"\n\n[workspace.dependencies]\naxum = { version = "0.8", features = ["macros"] }\n',
      'Cargo.toml',
    );
    expect(parsed.settings.workspaceMembers).toEqual(['api', 'core']);
    expect(parsed.dependencies).toEqual([
      expect.objectContaining({
        name: 'axum',
        version: '0.8',
        indirect: true,
        features: ['macros'],
      }),
    ]);
    expect(parsed.serverFrameworks).toEqual([]);
    expect(parsed.toolchain?.value).toBe('1.85');
  });

  it('counts hyper only with a server feature or as the only web crate', () => {
    const dep = (name: string, features?: string[]) => ({
      name,
      scope: 'runtime' as const,
      file: 'Cargo.toml',
      features,
    });
    expect(rustServerFrameworks([dep('hyper')])).toEqual(['hyper']);
    expect(rustServerFrameworks([dep('axum'), dep('hyper')])).toEqual(['axum']);
    expect(
      rustServerFrameworks([dep('axum'), dep('hyper', ['server'])]),
    ).toEqual(['axum', 'hyper']);
    expect(
      rustServerFrameworks([{ ...dep('actix-web'), scope: 'dev' }]),
    ).toEqual([]);
  });

  it('reports invalid TOML', () => {
    expect(parseCargoToml('[package\n', 'Cargo.toml').error).toBeTruthy();
  });
});

describe('parseCargoLock', () => {
  it('reads packages', () => {
    expect(
      parseCargoLock(
        'version = 4\n\n[[package]]\nname = "axum"\nversion = "0.8.4"\n',
        'Cargo.lock',
      ).packages,
    ).toEqual([{ name: 'axum', version: '0.8.4' }]);
    expect(parseCargoLock('[[package]\n', 'Cargo.lock').error).toBeTruthy();
  });
});
