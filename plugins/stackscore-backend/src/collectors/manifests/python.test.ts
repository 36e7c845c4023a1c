import {
  normalizePythonName,
  parsePep508,
  parsePipfileLock,
  parsePyproject,
  parsePythonTomlLock,
  parseRequirements,
  pythonServerFacts,
  requirementsScope,
} from './python';

const pep621 = `[project]
name = "Fraud_Scoring"
requires-python = ">=3.12,<3.13"
dependencies = [
    "fastapi[standard]==0.115.12",
    "Pydantic_Settings>=2.9 ; python_version >= '3.12'",
    "gunicorn",
]

[project.optional-dependencies]
test = ["pytest==8.3.5"]
server = ["uvicorn>=0.34"]

[dependency-groups]
dev = ["ruff==0.11.8", { include-group = "test" }]

[tool.uv]
dev-dependencies = ["mypy==1.15.0"]
`;

const poetry = `[tool.poetry]
name = "report-builder"

[tool.poetry.dependencies]
python = "~3.12"
django = "^5.1.8"
psycopg = { version = "^3.2.6", extras = ["binary"] }

[tool.poetry.group.dev.dependencies]
pytest = "^8.3.5"

[tool.poetry.dev-dependencies]
black = "*"
`;

describe('python names and PEP 508', () => {
  it('normalises names per PEP 503', () => {
    expect(normalizePythonName('Pydantic_Settings')).toBe('pydantic-settings');
    expect(normalizePythonName('zope.interface')).toBe('zope-interface');
  });

  it('reads name, extras and version, dropping markers and direct references', () => {
    expect(
      parsePep508('fastapi[standard, all]==0.1 ; python_version<"3.13"'),
    ).toEqual({
      name: 'fastapi',
      extras: ['standard', 'all'],
      version: '==0.1',
    });
    expect(parsePep508('requests')).toEqual({
      name: 'requests',
      extras: [],
      version: undefined,
    });
    expect(
      parsePep508('pkg @ https://example.com/pkg.whl')?.version,
    ).toBeUndefined();
    expect(parsePep508('name (>=1.0)')?.version).toBe('>=1.0');
    expect(parsePep508('not a requirement')).toBeUndefined();
  });
});

describe('parsePyproject', () => {
  it('reads PEP 621, optional dependencies, PEP 735 groups and uv dev dependencies', () => {
    const parsed = parsePyproject(pep621, 'pyproject.toml');
    expect(parsed.error).toBeUndefined();
    expect(parsed.name).toBe('Fraud_Scoring');
    expect(parsed.toolchain).toEqual({
      value: '>=3.12,<3.13',
      file: 'pyproject.toml',
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
      ['fastapi', '==0.115.12', 'runtime', ['standard'], 5],
      ['pydantic-settings', '>=2.9', 'runtime', undefined, 6],
      ['gunicorn', undefined, 'runtime', undefined, 7],
      ['pytest', '==8.3.5', 'dev', undefined, 11],
      ['uvicorn', '>=0.34', 'runtime', undefined, 12],
      ['ruff', '==0.11.8', 'dev', undefined, 15],
      ['mypy', '==1.15.0', 'dev', undefined, 18],
    ]);
  });

  it('reads Poetry dependencies, groups and the python constraint', () => {
    const parsed = parsePyproject(poetry, 'svc/pyproject.toml');
    expect(parsed.name).toBe('report-builder');
    expect(parsed.toolchain).toEqual({
      value: '~3.12',
      file: 'svc/pyproject.toml',
      line: 5,
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
      ['django', '^5.1.8', 'runtime', undefined, 6],
      ['psycopg', '^3.2.6', 'runtime', ['binary'], 7],
      ['black', '*', 'dev', undefined, 13],
      ['pytest', '^8.3.5', 'dev', undefined, 10],
    ]);
  });

  it('reports invalid TOML', () => {
    expect(
      parsePyproject('[project\nname = 1', 'pyproject.toml').error,
    ).toBeTruthy();
  });
});

describe('parseRequirements', () => {
  it('reads requirements, includes and hashes', () => {
    const parsed = parseRequirements(
      [
        '# runtime',
        '-r base.txt',
        '--index-url https://pypi.example.com/simple',
        'Flask==3.1.0 \\',
        '    --hash=sha256:aaa',
        'gunicorn[gevent]>=23 ; sys_platform != "win32"  # server',
        '-e ./local',
        'git+https://github.com/acme/x.git',
      ].join('\n'),
      'requirements.txt',
    );
    expect(parsed.includes).toEqual(['base.txt']);
    expect(parsed.locked).toBe(false);
    expect(parsed.manifest.settings.hashPinned).toBe(false);
    expect(parsed.manifest.dependencies).toEqual([
      {
        name: 'flask',
        version: '==3.1.0',
        scope: 'runtime',
        file: 'requirements.txt',
        line: 4,
      },
      {
        name: 'gunicorn',
        version: '>=23',
        scope: 'runtime',
        features: ['gevent'],
        file: 'requirements.txt',
        line: 6,
      },
    ]);
  });

  it('treats a fully pinned and hashed file as a lock', () => {
    const parsed = parseRequirements(
      'a==1.0 --hash=sha256:x\nb===2.0 \\\n  --hash=sha256:y --hash=sha256:z\n',
      'requirements.txt',
    );
    expect(parsed.locked).toBe(true);
    expect(parsed.manifest.settings.hashPinned).toBe(true);
  });

  it('derives the scope from the file name', () => {
    expect(requirementsScope('requirements-dev.txt')).toBe('dev');
    expect(requirementsScope('dev-requirements.txt')).toBe('dev');
    expect(requirementsScope('requirements/test.txt')).toBe('dev');
    expect(requirementsScope('requirements-prod.txt')).toBe('runtime');
    expect(
      parseRequirements('pytest\n', 'requirements-test.txt').manifest
        .dependencies[0].scope,
    ).toBe('dev');
  });

  it('reports an unreadable requirement line', () => {
    expect(
      parseRequirements('flask\n???\n', 'requirements.txt').manifest.error,
    ).toMatch(/line 2/);
  });
});

describe('python lockfiles and server facts', () => {
  it('reads uv, poetry and pdm [[package]] tables and Pipfile.lock', () => {
    const toml =
      '[[package]]\nname = "FastAPI"\nversion = "0.115.12"\n\n[[package]]\nname = "anyio"\nversion = "4.9.0"\n';
    expect(parsePythonTomlLock(toml, 'uv.lock', 'uv-lock').packages).toEqual([
      { name: 'fastapi', version: '0.115.12' },
      { name: 'anyio', version: '4.9.0' },
    ]);
    expect(
      parsePythonTomlLock('[[package]\n', 'poetry.lock', 'poetry-lock').error,
    ).toBeTruthy();
    expect(
      parsePipfileLock(
        '{"default":{"flask":{"version":"==3.1.0"}},"develop":{"pytest":{}}}',
        'Pipfile.lock',
      ).packages,
    ).toEqual([
      { name: 'flask', version: '3.1.0' },
      { name: 'pytest', version: undefined },
    ]);
  });

  it('finds frameworks, ASGI servers and fastapi[standard] among runtime dependencies', () => {
    const facts = pythonServerFacts(
      parsePyproject(pep621, 'pyproject.toml').dependencies,
    );
    expect(facts).toEqual({
      serverFrameworks: ['fastapi'],
      asgiServers: ['uvicorn', 'gunicorn'],
      fastapiStandard: true,
    });
  });
});
