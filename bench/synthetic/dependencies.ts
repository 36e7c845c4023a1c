/*
 * Adds and removes one direct dependency in a manifest AND its lockfile, for every format the example
 * repositories use. The generator uses it to vary dependency sets between repositories; changeRepositories
 * uses it to simulate a merged dependency change. Edits are textual and keep each file in the layout its tool
 * writes (sorted entries, same indentation), because the collectors parse these files with real parsers and a
 * reformatted file would be less realistic than a surgical one. Lockfile hashes are invented but well-formed,
 * as in the examples.
 */
import { fakeDigest } from './random';

/** Manifest + lockfile pairs the templates use. */
export type DependencyFormat =
  | 'go'
  | 'npm'
  | 'pnpm'
  | 'uv'
  | 'poetry'
  | 'requirements'
  | 'cargo'
  | 'maven'
  | 'gradle';

/** Where a repository declares and locks its dependencies (paths relative to the repository root). */
export interface DependencyLayout {
  format: DependencyFormat;
  manifest: string;
  /** Absent when the repository commits no lockfile (the poor ones). */
  lockfile?: string;
}

/** A dependency as the generator adds it. Java names are `group:artifact`. */
export interface Dependency {
  name: string;
  version: string;
}

/** Text files of one repository, keyed by path relative to its root. */
export type FileTexts = Map<string, string>;

/** Neutral libraries (no framework, logging, telemetry, HTTP or resilience semantics) per ecosystem. */
export const dependencyPools: Record<
  'go' | 'node' | 'python' | 'rust' | 'java',
  { name: string; versions: string[] }[]
> = {
  go: [
    { name: 'github.com/shopspring/decimal', versions: ['v1.3.1', 'v1.4.0'] },
    {
      name: 'github.com/samber/lo',
      versions: ['v1.47.0', 'v1.49.1', 'v1.50.0'],
    },
    { name: 'github.com/dustin/go-humanize', versions: ['v1.0.1'] },
    { name: 'github.com/oklog/ulid/v2', versions: ['v2.1.0', 'v2.1.1'] },
    { name: 'github.com/hashicorp/golang-lru/v2', versions: ['v2.0.7'] },
  ],
  node: [
    { name: 'date-fns', versions: ['3.6.0', '4.1.0'] },
    { name: 'lru-cache', versions: ['10.4.3', '11.1.0'] },
    { name: 'p-limit', versions: ['6.2.0'] },
    { name: 'fast-json-stable-stringify', versions: ['2.1.0'] },
  ],
  python: [
    { name: 'cachetools', versions: ['5.5.1', '5.5.2'] },
    { name: 'more-itertools', versions: ['10.6.0', '10.7.0'] },
    { name: 'python-slugify', versions: ['8.0.4'] },
    { name: 'babel', versions: ['2.16.0', '2.17.0'] },
  ],
  rust: [
    { name: 'itertools', versions: ['0.13.0', '0.14.0'] },
    { name: 'hex', versions: ['0.4.3'] },
    { name: 'heck', versions: ['0.5.0'] },
    { name: 'indexmap', versions: ['2.8.0', '2.9.0'] },
  ],
  java: [
    {
      name: 'org.apache.commons:commons-lang3',
      versions: ['3.16.0', '3.17.0'],
    },
    { name: 'com.google.guava:guava', versions: ['33.4.0-jre', '33.4.8-jre'] },
    { name: 'org.apache.commons:commons-text', versions: ['1.13.1'] },
    { name: 'com.github.ben-manes.caffeine:caffeine', versions: ['3.2.0'] },
  ],
};

/** The dependency changeRepositories toggles; never in a pool, so adding and removing it is exact. */
export const changeDependencies: Record<
  'go' | 'node' | 'python' | 'rust' | 'java',
  Dependency
> = {
  go: { name: 'github.com/rs/xid', version: 'v1.6.0' },
  node: { name: 'tiny-invariant', version: '1.3.3' },
  python: { name: 'tabulate', version: '0.9.0' },
  rust: { name: 'humantime', version: '2.2.0' },
  java: { name: 'commons-io:commons-io', version: '2.19.0' },
};

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function required(files: FileTexts, path: string): string {
  const text = files.get(path);
  if (text === undefined) throw new Error(`${path} is missing`);
  return text;
}

/**
 * Inserts `block` into the run of entries between `start` and `end` (offsets into `text`) before the first
 * entry whose key sorts after `key`; entries are found with `entryPattern`, whose first group is the key.
 */
function insertSorted(
  text: string,
  start: number,
  end: number,
  entryPattern: RegExp,
  key: string,
  block: string,
): string {
  const at = sortedPosition(text, start, end, entryPattern, key);
  return text.slice(0, at) + block + text.slice(at);
}

/** The offset {@link insertSorted} inserts at. */
function sortedPosition(
  text: string,
  start: number,
  end: number,
  entryPattern: RegExp,
  key: string,
): number {
  const pattern = new RegExp(entryPattern.source, 'gm');
  pattern.lastIndex = start;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) {
    if (m[1].replace(/^['"]|['"]$/g, '') > key) return m.index;
  }
  return end;
}

/** Offset of the end of the block that starts at `from`: the next line indented at most `indent`. */
function blockEnd(text: string, from: number, indent: number): number {
  const pattern = new RegExp(`^ {0,${indent}}\\S`, 'gm');
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : text.length;
}

// --- Go ------------------------------------------------------------------------------------------------

function goAdd(layout: DependencyLayout, files: FileTexts, dep: Dependency) {
  let mod = required(files, layout.manifest);
  const block = /^require \(\n/m.exec(mod);
  if (block) {
    const start = block.index + block[0].length;
    const end = mod.indexOf('\n)', start) + 1;
    mod = insertSorted(
      mod,
      start,
      end,
      /^\t(\S+) /,
      dep.name,
      `\t${dep.name} ${dep.version}\n`,
    );
  } else {
    mod = `${mod.trimEnd()}\n\nrequire ${dep.name} ${dep.version}\n`;
  }
  files.set(layout.manifest, mod);
  if (layout.lockfile && files.has(layout.lockfile)) {
    const sum = required(files, layout.lockfile);
    const lines = sum.split('\n').filter(Boolean);
    const coordinates = `${dep.name} ${dep.version}`;
    const entries = [
      `${coordinates} h1:${fakeDigest(coordinates, 'sha256', 'base64')}`,
      `${coordinates}/go.mod h1:${fakeDigest(
        `${coordinates}/go.mod`,
        'sha256',
        'base64',
      )}`,
    ];
    // go.sum is sorted by module path; existing lines stay exactly as they were.
    const index = lines.findIndex(line => line > entries[0]);
    lines.splice(index < 0 ? lines.length : index, 0, ...entries);
    files.set(layout.lockfile, `${lines.join('\n')}\n`);
  }
}

function goRemove(layout: DependencyLayout, files: FileTexts, name: string) {
  const n = escapeRegExp(name);
  files.set(
    layout.manifest,
    required(files, layout.manifest)
      .replace(new RegExp(`^\\t${n} \\S+\\n`, 'm'), '')
      .replace(new RegExp(`\\n*^require ${n} \\S+\\n`, 'm'), '\n'),
  );
  if (layout.lockfile && files.has(layout.lockfile)) {
    files.set(
      layout.lockfile,
      required(files, layout.lockfile).replace(
        new RegExp(`^${n} .*\\n`, 'gm'),
        '',
      ),
    );
  }
}

const goHas = (layout: DependencyLayout, files: FileTexts, name: string) =>
  new RegExp(`^(\\t|require )${escapeRegExp(name)} `, 'm').test(
    required(files, layout.manifest),
  );

// --- Node: npm and pnpm ----------------------------------------------------------------------------------

function sortedObject(
  object: Record<string, unknown>,
  key: string,
  value: unknown,
  keepFirst: (k: string) => boolean = () => false,
): Record<string, unknown> {
  const entries = Object.entries(object).filter(([k]) => k !== key);
  const index = entries.findIndex(([k]) => !keepFirst(k) && k > key);
  entries.splice(index < 0 ? entries.length : index, 0, [key, value]);
  return Object.fromEntries(entries);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The folder of the manifest, as npm names it in package-lock.json's `packages` map. */
const importerOf = (layout: DependencyLayout) =>
  layout.manifest.includes('/')
    ? layout.manifest.slice(0, layout.manifest.lastIndexOf('/'))
    : '';

function npmManifestAdd(
  layout: DependencyLayout,
  files: FileTexts,
  dep: Dependency,
) {
  const pkg = JSON.parse(required(files, layout.manifest));
  pkg.dependencies = sortedObject(
    pkg.dependencies ?? {},
    dep.name,
    `^${dep.version}`,
  );
  files.set(layout.manifest, json(pkg));
}

function npmAdd(layout: DependencyLayout, files: FileTexts, dep: Dependency) {
  npmManifestAdd(layout, files, dep);
  if (!layout.lockfile) return;
  const lock = JSON.parse(required(files, layout.lockfile));
  const importer = lock.packages[importerOf(layout)];
  importer.dependencies = sortedObject(
    importer.dependencies ?? {},
    dep.name,
    `^${dep.version}`,
  );
  const base = dep.name.split('/').pop();
  lock.packages = sortedObject(
    lock.packages,
    `node_modules/${dep.name}`,
    {
      version: dep.version,
      resolved: `https://registry.npmjs.org/${dep.name}/-/${base}-${dep.version}.tgz`,
      integrity: `sha512-${fakeDigest(
        `${dep.name}@${dep.version}`,
        'sha512',
        'base64',
      )}`,
      license: 'MIT',
    },
    // Workspace folders and the root come before node_modules entries.
    k => !k.startsWith('node_modules/'),
  );
  files.set(layout.lockfile, json(lock));
}

function npmRemove(layout: DependencyLayout, files: FileTexts, name: string) {
  const pkg = JSON.parse(required(files, layout.manifest));
  delete pkg.dependencies?.[name];
  files.set(layout.manifest, json(pkg));
  if (!layout.lockfile) return;
  const lock = JSON.parse(required(files, layout.lockfile));
  delete lock.packages[importerOf(layout)]?.dependencies?.[name];
  delete lock.packages[`node_modules/${name}`];
  files.set(layout.lockfile, json(lock));
}

const npmHas = (layout: DependencyLayout, files: FileTexts, name: string) =>
  Boolean(JSON.parse(required(files, layout.manifest)).dependencies?.[name]);

/** Start and end offsets of a top-level section of pnpm-lock.yaml (`packages:`, `snapshots:`). */
function pnpmSection(text: string, header: string): [number, number] {
  const m = new RegExp(`^${header}:\\n`, 'm').exec(text);
  if (!m) throw new Error(`pnpm-lock.yaml has no ${header} section`);
  const start = m.index + m[0].length;
  return [start, blockEnd(text, start, 0)];
}

function pnpmAdd(layout: DependencyLayout, files: FileTexts, dep: Dependency) {
  npmManifestAdd(layout, files, dep);
  if (!layout.lockfile) return;
  let lock = required(files, layout.lockfile);
  const id = `${dep.name}@${dep.version}`;
  // importers: . -> dependencies: entries are indented by six spaces.
  const deps = /^ {2}\.:\n {4}dependencies:\n/m.exec(lock);
  if (!deps) throw new Error('pnpm-lock.yaml has no root dependencies');
  const start = deps.index + deps[0].length;
  lock = insertSorted(
    lock,
    start,
    blockEnd(lock, start, 4),
    /^ {6}(\S+):$/,
    dep.name,
    `      ${dep.name}:\n        specifier: ^${dep.version}\n        version: ${dep.version}\n`,
  );
  const integrity = `sha512-${fakeDigest(id, 'sha512', 'base64')}`;
  for (const [section, block] of [
    ['packages', `  ${id}:\n    resolution: {integrity: ${integrity}}\n`],
    ['snapshots', `  ${id}: {}\n`],
  ] as const) {
    const [start, end] = pnpmSection(lock, section);
    const at = sortedPosition(lock, start, end, /^ {2}(\S+?):/, id);
    // Entries are separated by blank lines; the last one of the file has no blank line after it.
    lock =
      at < lock.length
        ? `${lock.slice(0, at)}${block}\n${lock.slice(at)}`
        : `${lock.trimEnd()}\n\n${block}`;
  }
  files.set(layout.lockfile, lock);
}

function pnpmRemove(layout: DependencyLayout, files: FileTexts, name: string) {
  const pkg = JSON.parse(required(files, layout.manifest));
  delete pkg.dependencies?.[name];
  files.set(layout.manifest, json(pkg));
  if (!layout.lockfile) return;
  const n = escapeRegExp(name);
  const lock = required(files, layout.lockfile)
    .replace(
      new RegExp(`^ {6}${n}:\\n {8}specifier: .*\\n {8}version: .*\\n`, 'm'),
      '',
    )
    .replace(new RegExp(`^ {2}${n}@[^:\\s]+:\\n(?: {4}.*\\n)*\\n?`, 'm'), '')
    .replace(new RegExp(`^ {2}${n}@[^:\\s]+: \\{\\}\\n\\n?`, 'm'), '');
  files.set(layout.lockfile, lock.replace(/\n+$/, '\n'));
}

// --- TOML [[package]] lockfiles (uv, Poetry, Cargo) -------------------------------------------------------

/** Splits a lockfile into its preamble, `[[package]]` chunks and anything after the last chunk. */
function packageChunks(text: string): {
  head: string;
  chunks: string[];
  tail: string;
} {
  const parts = text.split(/^(?=\[\[package\]\]\n)/m);
  const head = parts[0].startsWith('[[package]]') ? '' : parts.shift()!;
  const chunks = parts;
  let tail = '';
  // Poetry ends with a [metadata] table after the last package.
  const last = chunks[chunks.length - 1] ?? '';
  const metadata = last.search(/^\[metadata\]\n/m);
  if (metadata >= 0) {
    chunks[chunks.length - 1] = last.slice(0, metadata);
    tail = last.slice(metadata);
  }
  return { head, chunks, tail };
}

const chunkName = (chunk: string) =>
  /^name = "([^"]+)"/m.exec(chunk)?.[1] ?? '';

function addPackageChunk(text: string, name: string, chunk: string): string {
  const { head, chunks, tail } = packageChunks(text);
  const index = chunks.findIndex(c => chunkName(c) > name);
  chunks.splice(index < 0 ? chunks.length : index, 0, chunk);
  // Every chunk but the last ends with a blank line; keep that when appending.
  for (let i = 0; i < chunks.length - 1; i++) {
    if (!chunks[i].endsWith('\n\n')) chunks[i] = `${chunks[i].trimEnd()}\n\n`;
  }
  if (tail && !chunks[chunks.length - 1].endsWith('\n\n')) {
    chunks[chunks.length - 1] = `${chunks[chunks.length - 1].trimEnd()}\n\n`;
  }
  return head + chunks.join('') + tail;
}

function removePackageChunk(text: string, name: string): string {
  const { head, chunks, tail } = packageChunks(text);
  const kept = chunks.filter(c => chunkName(c) !== name);
  if (!tail && kept.length > 0)
    kept[kept.length - 1] = `${kept[kept.length - 1].trimEnd()}\n`;
  return head + kept.join('') + tail;
}

/** Adds a line to the TOML array that starts with `opening` (inside `chunk`), keeping it sorted. */
function addToArray(
  chunk: string,
  opening: RegExp,
  line: string,
  key: string,
): string {
  const m = opening.exec(chunk);
  if (!m) return chunk;
  const start = m.index + m[0].length;
  const end = chunk.indexOf(']\n', start);
  return insertSorted(
    chunk,
    start,
    end,
    /^\s*\{?\s*(?:name = )?"([^"]+)"/,
    key,
    line,
  );
}

function pythonDistribution(dep: Dependency): { wheel: string; sdist: string } {
  const stem = `${dep.name.replace(/-/g, '_')}-${dep.version}`;
  return { wheel: `${stem}-py3-none-any.whl`, sdist: `${stem}.tar.gz` };
}

function uvAdd(layout: DependencyLayout, files: FileTexts, dep: Dependency) {
  const manifest = required(files, layout.manifest);
  const m = /^dependencies = \[\n/m.exec(manifest);
  if (!m) throw new Error(`${layout.manifest} has no [project] dependencies`);
  // The closing bracket on its own line (extras such as `uvicorn[standard]` also contain brackets).
  const end = manifest.indexOf('\n]', m.index) + 1;
  files.set(
    layout.manifest,
    `${manifest.slice(0, end)}    "${dep.name}==${
      dep.version
    }",\n${manifest.slice(end)}`,
  );
  if (!layout.lockfile) return;
  const { wheel, sdist } = pythonDistribution(dep);
  const hash = (file: string) => fakeDigest(file, 'sha256', 'hex');
  const url = (file: string) =>
    `https://files.pythonhosted.org/packages/${hash(file).slice(0, 2)}/${hash(
      file,
    ).slice(2, 4)}/${hash(`${file}/path`).slice(0, 60)}/${file}`;
  const size = (file: string) =>
    20_000 + (parseInt(hash(file).slice(0, 4), 16) % 180_000);
  let lock = addPackageChunk(
    required(files, layout.lockfile),
    dep.name,
    [
      '[[package]]',
      `name = "${dep.name}"`,
      `version = "${dep.version}"`,
      'source = { registry = "https://pypi.org/simple" }',
      `sdist = { url = "${url(sdist)}", hash = "sha256:${hash(
        sdist,
      )}", size = ${size(sdist)} }`,
      'wheels = [',
      `    { url = "${url(wheel)}", hash = "sha256:${hash(
        wheel,
      )}", size = ${size(wheel)} },`,
      ']',
      '',
    ].join('\n'),
  );
  // The project itself is the editable package: list the new dependency and its requirement.
  const { head, chunks, tail } = packageChunks(lock);
  const root = chunks.findIndex(c => c.includes('source = { editable = "." }'));
  if (root >= 0) {
    let chunk = addToArray(
      chunks[root],
      /^dependencies = \[\n/m,
      `    { name = "${dep.name}" },\n`,
      dep.name,
    );
    chunk = addToArray(
      chunk,
      /^requires-dist = \[\n/m,
      `    { name = "${dep.name}", specifier = "==${dep.version}" },\n`,
      dep.name,
    );
    chunks[root] = chunk;
    lock = head + chunks.join('') + tail;
  }
  files.set(layout.lockfile, lock);
}

function uvRemove(layout: DependencyLayout, files: FileTexts, name: string) {
  const n = escapeRegExp(name);
  files.set(
    layout.manifest,
    required(files, layout.manifest).replace(
      new RegExp(`^ {4}"${n}==[^"]*",\\n`, 'm'),
      '',
    ),
  );
  if (!layout.lockfile) return;
  const lock = removePackageChunk(
    required(files, layout.lockfile),
    name,
  ).replace(new RegExp(`^ {4}\\{ name = "${n}"[^\\n]*\\},\\n`, 'gm'), '');
  files.set(layout.lockfile, lock);
}

const uvHas = (layout: DependencyLayout, files: FileTexts, name: string) =>
  new RegExp(`^ {4}"${escapeRegExp(name)}==`, 'm').test(
    required(files, layout.manifest),
  );

function poetryContentHash(manifest: string): string {
  return fakeDigest(manifest, 'sha256', 'hex');
}

function poetryAdd(
  layout: DependencyLayout,
  files: FileTexts,
  dep: Dependency,
) {
  const manifest = required(files, layout.manifest);
  const m = /^\[tool\.poetry\.dependencies\]\n/m.exec(manifest);
  if (!m)
    throw new Error(`${layout.manifest} has no [tool.poetry.dependencies]`);
  // Insert at the end of the table: before the blank line that separates it from the next one.
  const blank = manifest.indexOf('\n\n', m.index);
  const at = blank < 0 ? manifest.length : blank + 1;
  const updated = `${manifest.slice(0, at)}${dep.name} = "^${
    dep.version
  }"\n${manifest.slice(at)}`;
  files.set(layout.manifest, updated);
  if (!layout.lockfile) return;
  const { wheel, sdist } = pythonDistribution(dep);
  const hash = (file: string) => fakeDigest(file, 'sha256', 'hex');
  const lock = addPackageChunk(
    required(files, layout.lockfile),
    dep.name,
    [
      '[[package]]',
      `name = "${dep.name}"`,
      `version = "${dep.version}"`,
      `description = "${dep.name} for Python"`,
      'optional = false',
      'python-versions = ">=3.9"',
      'groups = ["main"]',
      'files = [',
      `    {file = "${wheel}", hash = "sha256:${hash(wheel)}"},`,
      `    {file = "${sdist}", hash = "sha256:${hash(sdist)}"},`,
      ']',
      '',
    ].join('\n'),
  );
  files.set(
    layout.lockfile,
    lock.replace(
      /^content-hash = "[0-9a-f]+"/m,
      `content-hash = "${poetryContentHash(updated)}"`,
    ),
  );
}

function poetryRemove(
  layout: DependencyLayout,
  files: FileTexts,
  name: string,
) {
  const updated = required(files, layout.manifest).replace(
    new RegExp(`^${escapeRegExp(name)} = "[^"]*"\\n`, 'm'),
    '',
  );
  files.set(layout.manifest, updated);
  if (!layout.lockfile) return;
  files.set(
    layout.lockfile,
    removePackageChunk(required(files, layout.lockfile), name).replace(
      /^content-hash = "[0-9a-f]+"/m,
      `content-hash = "${poetryContentHash(updated)}"`,
    ),
  );
}

const poetryHas = (layout: DependencyLayout, files: FileTexts, name: string) =>
  new RegExp(`^${escapeRegExp(name)} = `, 'm').test(
    required(files, layout.manifest),
  );

function requirementsAdd(
  layout: DependencyLayout,
  files: FileTexts,
  dep: Dependency,
) {
  const text = required(files, layout.manifest);
  files.set(
    layout.manifest,
    `${text.trimEnd()}\n${dep.name}==${dep.version}\n`,
  );
}

function requirementsRemove(
  layout: DependencyLayout,
  files: FileTexts,
  name: string,
) {
  files.set(
    layout.manifest,
    required(files, layout.manifest).replace(
      new RegExp(`^${escapeRegExp(name)}==.*\\n`, 'm'),
      '',
    ),
  );
}

const requirementsHas = (
  layout: DependencyLayout,
  files: FileTexts,
  name: string,
) =>
  new RegExp(`^${escapeRegExp(name)}==`, 'm').test(
    required(files, layout.manifest),
  );

function cargoAdd(layout: DependencyLayout, files: FileTexts, dep: Dependency) {
  const manifest = required(files, layout.manifest);
  const m = /^\[dependencies\]\n/m.exec(manifest);
  if (!m) throw new Error(`${layout.manifest} has no [dependencies]`);
  const start = m.index + m[0].length;
  const end = manifest.indexOf('\n\n', start) + 1 || manifest.length;
  files.set(
    layout.manifest,
    insertSorted(
      manifest,
      start,
      end,
      /^([\w-]+) = /,
      dep.name,
      `${dep.name} = "${dep.version}"\n`,
    ),
  );
  if (!layout.lockfile) return;
  const crate = /^\[package\]\nname = "([^"]+)"/m.exec(manifest)?.[1];
  let lock = addPackageChunk(
    required(files, layout.lockfile),
    dep.name,
    [
      '[[package]]',
      `name = "${dep.name}"`,
      `version = "${dep.version}"`,
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      `checksum = "${fakeDigest(
        `${dep.name}@${dep.version}`,
        'sha256',
        'hex',
      )}"`,
      '',
    ].join('\n'),
  );
  const { head, chunks, tail } = packageChunks(lock);
  const root = chunks.findIndex(
    c => chunkName(c) === crate && !/^source = /m.test(c),
  );
  if (root >= 0) {
    chunks[root] = addToArray(
      chunks[root],
      /^dependencies = \[\n/m,
      ` "${dep.name}",\n`,
      dep.name,
    );
    lock = head + chunks.join('') + tail;
  }
  files.set(layout.lockfile, lock);
}

function cargoRemove(layout: DependencyLayout, files: FileTexts, name: string) {
  const n = escapeRegExp(name);
  files.set(
    layout.manifest,
    required(files, layout.manifest).replace(
      new RegExp(`^${n} = "[^"]*"\\n`, 'm'),
      '',
    ),
  );
  if (!layout.lockfile) return;
  files.set(
    layout.lockfile,
    removePackageChunk(required(files, layout.lockfile), name).replace(
      new RegExp(`^ "${n}",\\n`, 'gm'),
      '',
    ),
  );
}

const cargoHas = (layout: DependencyLayout, files: FileTexts, name: string) =>
  new RegExp(`^${escapeRegExp(name)} = "`, 'm').test(
    required(files, layout.manifest),
  );

// --- JVM --------------------------------------------------------------------------------------------------

function mavenAdd(layout: DependencyLayout, files: FileTexts, dep: Dependency) {
  const pom = required(files, layout.manifest);
  // The project's own <dependencies> sits at the indentation of <modelVersion>, not inside
  // <dependencyManagement> or a plugin.
  const unit = /^(\s*)<modelVersion>/m.exec(pom)?.[1] ?? '  ';
  const close = new RegExp(`^${unit}</dependencies>`, 'm').exec(pom);
  if (!close) throw new Error(`${layout.manifest} has no project dependencies`);
  const [group, artifact] = dep.name.split(':');
  const i1 = unit + unit;
  const i2 = i1 + unit;
  const block = [
    `${i1}<dependency>`,
    `${i2}<groupId>${group}</groupId>`,
    `${i2}<artifactId>${artifact}</artifactId>`,
    `${i2}<version>${dep.version}</version>`,
    `${i1}</dependency>`,
    '',
  ].join('\n');
  files.set(
    layout.manifest,
    pom.slice(0, close.index) + block + pom.slice(close.index),
  );
}

function mavenRemove(layout: DependencyLayout, files: FileTexts, name: string) {
  const [group, artifact] = name.split(':').map(escapeRegExp);
  files.set(
    layout.manifest,
    required(files, layout.manifest).replace(
      new RegExp(
        `^\\s*<dependency>\\n\\s*<groupId>${group}</groupId>\\n\\s*<artifactId>${artifact}</artifactId>\\n\\s*<version>[^<]*</version>\\n\\s*</dependency>\\n`,
        'm',
      ),
      '',
    ),
  );
}

const mavenHas = (layout: DependencyLayout, files: FileTexts, name: string) => {
  const [, artifact] = name.split(':');
  return required(files, layout.manifest).includes(
    `<artifactId>${artifact}</artifactId>`,
  );
};

const gradleConfigurations =
  'compileClasspath,runtimeClasspath,testCompileClasspath,testRuntimeClasspath';

function gradleAdd(
  layout: DependencyLayout,
  files: FileTexts,
  dep: Dependency,
) {
  const build = required(files, layout.manifest);
  const lines = build.split('\n');
  let last = -1;
  lines.forEach((line, i) => {
    if (/^\s+implementation\("/.test(line)) last = i;
  });
  if (last < 0)
    throw new Error(`${layout.manifest} has no implementation dependencies`);
  const indent = /^\s*/.exec(lines[last])![0];
  lines.splice(
    last + 1,
    0,
    `${indent}implementation("${dep.name}:${dep.version}")`,
  );
  files.set(layout.manifest, lines.join('\n'));
  if (!layout.lockfile) return;
  const lock = required(files, layout.lockfile).split('\n');
  const entry = `${dep.name}:${dep.version}=${gradleConfigurations}`;
  // Comments first, sorted coordinates, then `empty=`.
  const index = lock.findIndex(
    l => l && !l.startsWith('#') && (l.startsWith('empty=') || l > entry),
  );
  lock.splice(index < 0 ? lock.length - 1 : index, 0, entry);
  files.set(layout.lockfile, lock.join('\n'));
}

function gradleRemove(
  layout: DependencyLayout,
  files: FileTexts,
  name: string,
) {
  const n = escapeRegExp(name);
  files.set(
    layout.manifest,
    required(files, layout.manifest).replace(
      new RegExp(`^\\s+implementation\\("${n}:[^"]*"\\)\\n`, 'm'),
      '',
    ),
  );
  if (!layout.lockfile) return;
  files.set(
    layout.lockfile,
    required(files, layout.lockfile).replace(
      new RegExp(`^${n}:.*\\n`, 'm'),
      '',
    ),
  );
}

const gradleHas = (layout: DependencyLayout, files: FileTexts, name: string) =>
  required(files, layout.manifest).includes(`implementation("${name}:`);

// --- dispatch ---------------------------------------------------------------------------------------------

const editors: Record<
  DependencyFormat,
  {
    add(layout: DependencyLayout, files: FileTexts, dep: Dependency): void;
    remove(layout: DependencyLayout, files: FileTexts, name: string): void;
    has(layout: DependencyLayout, files: FileTexts, name: string): boolean;
  }
> = {
  go: { add: goAdd, remove: goRemove, has: goHas },
  npm: { add: npmAdd, remove: npmRemove, has: npmHas },
  pnpm: { add: pnpmAdd, remove: pnpmRemove, has: npmHas },
  uv: { add: uvAdd, remove: uvRemove, has: uvHas },
  poetry: { add: poetryAdd, remove: poetryRemove, has: poetryHas },
  requirements: {
    add: requirementsAdd,
    remove: requirementsRemove,
    has: requirementsHas,
  },
  cargo: { add: cargoAdd, remove: cargoRemove, has: cargoHas },
  maven: { add: mavenAdd, remove: mavenRemove, has: mavenHas },
  gradle: { add: gradleAdd, remove: gradleRemove, has: gradleHas },
};

/** Adds a direct dependency to the manifest and, when the repository has one, the lockfile. */
export function addDependency(
  layout: DependencyLayout,
  files: FileTexts,
  dep: Dependency,
): void {
  editors[layout.format].add(layout, files, dep);
}

/** Removes a direct dependency added by {@link addDependency}. */
export function removeDependency(
  layout: DependencyLayout,
  files: FileTexts,
  name: string,
): void {
  editors[layout.format].remove(layout, files, name);
}

/** True when the manifest declares the dependency directly. */
export function hasDependency(
  layout: DependencyLayout,
  files: FileTexts,
  name: string,
): boolean {
  return editors[layout.format].has(layout, files, name);
}

/** The manifest and lockfile paths of a layout (what must be loaded before editing). */
export function layoutFiles(layout: DependencyLayout): string[] {
  return layout.lockfile
    ? [layout.manifest, layout.lockfile]
    : [layout.manifest];
}
