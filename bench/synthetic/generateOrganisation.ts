/*
 * Synthetic organisation for the benchmark harness: N services with realistic source trees on disk, owned by
 * teams in departments, with a known mix of compliance levels.
 *
 * Each repository is built from one of the example repositories (see templates.ts), renamed throughout
 * (component name, Go module path, Python package, crate, artifact, API names), given 0–2 extra neutral
 * dependencies in its manifest and lockfile, and padded with 0–10 extra domain modules. Templates are read
 * and split at the places where names go once per process, so generating a repository is mostly joining
 * strings and writing files: the cost is file creation (about 30 files per service), close to what `cp -r`
 * of the same tree costs on the same disk.
 */
import { promises as fs, writeFile as writeFileCallback } from 'fs';
import path from 'path';
import { promisify } from 'util';
import YAML from 'yaml';
import type { Entity } from '@backstage/catalog-model';
import {
  DependencyLayout,
  FileTexts,
  addDependency,
  changeDependencies,
  dependencyPools,
  hasDependency,
  layoutFiles,
  removeDependency,
} from './dependencies';
import { paddingFiles } from './padding';
import {
  Random,
  fakeDigest,
  intBetween,
  pick,
  shuffled,
  streamFor,
} from './random';
import {
  Ecosystem,
  Profile,
  TemplateVariant,
  templateVariant,
  templateVariants,
} from './templates';

/** The examples the templates are copied from. */
const examplesRoot = path.resolve(__dirname, '../../examples/repos');

/** One generated service: where its repository is and what it was generated as. */
export interface SyntheticService {
  entityRef: string;
  name: string;
  /** The repository folder, relative to the organisation root (also the `stackscore.io/source-dir`). */
  dir: string;
  /** The template variant (see templates.ts). */
  template: string;
  ecosystem: Ecosystem;
  profile: Profile;
  /** Entity ref of the owning team. */
  owner: string;
}

/** A generated organisation. */
export interface SyntheticOrganisation {
  /** Directory holding one folder per repository. */
  root: string;
  /** Backstage Group entities: the organisation, its departments and their teams. */
  groups: Entity[];
  /** One Component per service. */
  components: Entity[];
  /** entityRef -> the profile the service was generated with. */
  intendedLevels: Map<string, Profile>;
  /** Per service: folder, template, ecosystem, profile and owner, in generation order. */
  services: SyntheticService[];
  /** What was written: files, bytes (apparent size) and wall time. */
  stats: { files: number; bytes: number; writeMs: number };
}

// --- names -----------------------------------------------------------------------------------------------

const domains = [
  'orders',
  'billing',
  'invoicing',
  'payments',
  'refunds',
  'pricing',
  'catalogue',
  'inventory',
  'stock',
  'warehouse',
  'shipping',
  'delivery',
  'returns',
  'loyalty',
  'rewards',
  'coupons',
  'vouchers',
  'promotions',
  'reviews',
  'ratings',
  'search',
  'recommendations',
  'wishlist',
  'basket',
  'accounts',
  'customers',
  'profiles',
  'consent',
  'preferences',
  'messaging',
  'email',
  'sms',
  'payouts',
  'settlements',
  'tax',
  'currency',
  'risk',
  'compliance',
  'audit',
  'reporting',
  'analytics',
  'forecasting',
  'procurement',
  'suppliers',
  'vendors',
  'merchants',
  'partners',
  'marketplace',
  'listings',
  'media',
  'images',
  'content',
  'localisation',
  'translations',
  'sitemap',
  'ads',
  'campaigns',
  'affiliates',
  'subscriptions',
  'giftcards',
  'bundles',
  'assortment',
  'planning',
  'scheduling',
  'slots',
  'couriers',
  'fleet',
  'tracking',
  'labels',
  'customs',
  'quotes',
  'receipts',
  'disputes',
  'chargebacks',
  'storefront',
  'checkout-flow',
  'product-data',
  'price-alerts',
  'stock-sync',
  'order-history',
] as const;

const departments = [
  'commerce',
  'logistics',
  'customer-care',
  'marketplace',
  'merchandising',
  'fulfilment',
  'growth',
  'core-platform',
] as const;

const teamWords = [
  'search',
  'pricing',
  'catalogue',
  'stock',
  'returns',
  'carriers',
  'routing',
  'sellers',
  'onboarding',
  'payouts',
  'ads',
  'loyalty',
  'crm',
  'support-tools',
  'identity',
  'billing',
  'tax',
  'reporting',
  'experiments',
  'mobile',
  'web-experience',
  'content',
  'media',
  'localisation',
  'partners',
  'integrations',
  'forecasting',
  'procurement',
  'vendors',
  'quality',
  'sre',
  'developer-experience',
  'build',
  'data-ingest',
  'ml',
  'recommendations',
  'messaging',
  'checkout',
  'basket',
  'discovery',
  'fraud-ops',
  'ledger',
  'invoices',
  'warehouse',
  'last-mile',
  'slots',
  'assortment',
  'campaigns',
  'reviews',
  'accounts',
  'consent',
  'storefront',
] as const;

/** Names the example organisation uses, so both can be loaded into one catalog. */
const reservedNames = new Set([
  ...templateVariants.map(v => v.example),
  'engineering',
  'platform',
  'payments',
  'payments-risk',
  'finance',
  'web',
  'data',
]);

const titleOf = (name: string) =>
  name
    .split('-')
    .map(w => (/^\d+$/.test(w) ? w : w[0].toUpperCase() + w.slice(1)))
    .join(' ');

// --- templates -------------------------------------------------------------------------------------------

/** A text split at the places where names go: strings, and indexes into the service's name values. */
type Parts = (string | number)[];

interface TemplateFile {
  path: Parts;
  /** Files without names are shared as one Buffer by every service. */
  content: Buffer | Parts;
}

interface LoadedTemplate {
  variant: TemplateVariant;
  files: TemplateFile[];
  /** Pool dependencies the template does not mention yet, so any of them can be added. */
  pool: { name: string; versions: string[] }[];
  /** catalog-info.yaml of the template, parsed, after the variant's mutations. */
  catalog: Entity;
  /** Tokens the component is renamed with: [name, module, ...renamed APIs]. */
  tokens: string[];
  /** Regex that finds tokens in prose and configuration (and the catalog entity). */
  configPattern: RegExp;
  codePattern: RegExp;
  /** For each capturing group of the patterns: the index of the value that replaces it. */
  configGroups: number[];
  codeGroups: number[];
}

const codeExtensions = /\.(go|py|ts|tsx|js|jsx|mjs|cjs|rs|java|kt|sql)$/;
const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Joins alternatives into one regex and records which value each alternative's group stands for. */
function combine(alternatives: { pattern: string; value: number }[]): {
  regex: RegExp;
  groups: number[];
} {
  return {
    regex: new RegExp(alternatives.map(a => `(${a.pattern})`).join('|'), 'g'),
    groups: alternatives.map(a => a.value),
  };
}

function split(text: string, regex: RegExp, groups: number[]): Parts {
  const parts: Parts = [];
  let last = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    parts.push(text.slice(last, m.index), groups[group - 1]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

const join = (parts: Parts, values: readonly string[]) =>
  parts.map(p => (typeof p === 'number' ? values[p] : p)).join('');

async function readTree(
  dir: string,
  prefix = '',
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await fs.readdir(path.join(dir, prefix), {
    withFileTypes: true,
  })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      for (const [k, v] of await readTree(dir, relative)) out.set(k, v);
    } else if (entry.isFile()) {
      out.set(relative, await fs.readFile(path.join(dir, relative)));
    }
  }
  return out;
}

const templateCache = new Map<string, Promise<LoadedTemplate>>();

function loadTemplate(variant: TemplateVariant): Promise<LoadedTemplate> {
  let loaded = templateCache.get(variant.id);
  if (!loaded) {
    loaded = readTemplate(variant);
    templateCache.set(variant.id, loaded);
  }
  return loaded;
}

async function readTemplate(variant: TemplateVariant): Promise<LoadedTemplate> {
  const raw = await readTree(path.join(examplesRoot, variant.example));
  for (const mutation of variant.mutations ?? []) {
    if ('delete' in mutation) {
      if (!raw.delete(mutation.delete))
        throw new Error(`${variant.id}: no ${mutation.delete}`);
      continue;
    }
    const text = raw.get(mutation.file)?.toString('utf8');
    if (text === undefined)
      throw new Error(`${variant.id}: no ${mutation.file}`);
    const find = 'remove' in mutation ? mutation.remove : mutation.replace;
    const updated = text.replace(find, 'with' in mutation ? mutation.with : '');
    if (updated === text) {
      throw new Error(
        `${variant.id}: mutation of ${mutation.file} matched nothing (${String(
          find,
        )})`,
      );
    }
    raw.set(mutation.file, Buffer.from(updated));
  }
  const catalog = YAML.parse(
    raw.get('catalog-info.yaml')!.toString('utf8'),
  ) as Entity;
  raw.delete('catalog-info.yaml');

  const name = variant.example;
  const moduleName = name.replace(/-/g, '_');
  const tokens = [name, moduleName, ...(variant.renamedApis ?? [])];
  const hyphenated = [0, ...tokens.slice(2).map((_, i) => i + 2)]
    .map(i => ({ token: tokens[i], value: i }))
    .sort((a, b) => b.token.length - a.token.length);
  const hasModule = moduleName !== name;

  // Configuration and prose: a whole word, where `-` may follow (checkout-api-overview) but not precede.
  const config = combine([
    ...hyphenated.map(h => ({
      pattern: `(?<![A-Za-z0-9_-])${escapeRegExp(h.token)}(?![A-Za-z0-9_])`,
      value: h.value,
    })),
    ...(hasModule
      ? [
          {
            pattern: `(?<![A-Za-z0-9_-])${moduleName}(?![A-Za-z0-9_])`,
            value: 1,
          },
        ]
      : []),
  ]);
  // Code: only inside strings and paths (after a quote or slash), never an identifier, never a file
  // name in an import; the module form (Python package, crate) anywhere it is a whole identifier.
  const code = combine([
    ...hyphenated.map(h => ({
      pattern: `(?<=["'\`/])${escapeRegExp(
        h.token,
      )}(?![A-Za-z0-9_])(?!\\.(?:ts|js|tsx|jsx|py|go|rs|java)\\b)`,
      value: h.value,
    })),
    ...(hasModule
      ? [
          {
            pattern: `(?<![A-Za-z0-9_])${moduleName}(?![A-Za-z0-9_])`,
            value: 1,
          },
        ]
      : [
          {
            pattern: `(?<![A-Za-z0-9_:])${escapeRegExp(name)}(?=::)`,
            value: 1,
          },
        ]),
  ]);

  const files: TemplateFile[] = [];
  for (const [file, data] of raw) {
    const segments: Parts = [];
    file.split('/').forEach((segment, i) => {
      if (i > 0) segments.push('/');
      const dot = segment.indexOf('.');
      const stem = dot > 0 ? segment.slice(0, dot) : segment;
      if (segment === name || stem === name)
        segments.push(0, segment.slice(stem.length));
      else if (hasModule && segment === moduleName) segments.push(1);
      else segments.push(segment);
    });
    const isText = !data.includes(0);
    const text = isText ? data.toString('utf8') : '';
    const parts = isText
      ? codeExtensions.test(file)
        ? split(text, code.regex, code.groups)
        : split(text, config.regex, config.groups)
      : [];
    files.push({ path: segments, content: parts.length > 1 ? parts : data });
  }
  // Lockfiles often list a library as a transitive dependency; adding it again would duplicate the entry.
  const layoutTexts = layoutFiles(variant.dependencies)
    .map(f => raw.get(f)?.toString('utf8'))
    .filter((t): t is string => t !== undefined);
  const pool = dependencyPools[variant.ecosystem].filter(
    d =>
      !layoutTexts.some(t =>
        new RegExp(`(^|[^\\w.-])${escapeRegExp(d.name)}([^\\w.-]|$)`, 'm').test(
          t,
        ),
      ),
  );
  return {
    variant,
    files,
    pool,
    catalog,
    tokens,
    configPattern: config.regex,
    codePattern: code.regex,
    configGroups: config.groups,
    codeGroups: code.groups,
  };
}

/** Renames every string in a parsed catalog entity the way configuration files are renamed. */
function renameStrings<T>(
  value: T,
  template: LoadedTemplate,
  values: readonly string[],
): T {
  if (typeof value === 'string') {
    return join(
      split(value, template.configPattern, template.configGroups),
      values,
    ) as T;
  }
  if (Array.isArray(value))
    return value.map(v => renameStrings(v, template, values)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        renameStrings(v, template, values),
      ]),
    ) as T;
  }
  return value;
}

// --- organisation ----------------------------------------------------------------------------------------

interface Plan {
  index: number;
  name: string;
  variant: TemplateVariant;
  team: string;
  department: string;
}

/** Exact counts per profile (20/50/30), by largest remainder. */
function profileCounts(services: number): [Profile, number][] {
  const shares: [Profile, number][] = [
    ['exemplary', 0.2],
    ['average', 0.5],
    ['poor', 0.3],
  ];
  const counts = shares.map(
    ([p, s]) => [p, Math.floor(services * s), services * s] as const,
  );
  let left = services - counts.reduce((sum, [, c]) => sum + c, 0);
  const order = [...counts].sort(
    (a, b) => b[2] - Math.floor(b[2]) - (a[2] - Math.floor(a[2])),
  );
  const extra = new Map<Profile, number>();
  for (const [p] of order) {
    if (left-- > 0) extra.set(p, 1);
  }
  return counts.map(([p, c]) => [p, c + (extra.get(p) ?? 0)]);
}

const ecosystems: Ecosystem[] = ['go', 'python', 'node', 'rust', 'java'];

function groupEntity(
  name: string,
  type: string,
  displayName: string,
  parent: string | undefined,
  children: string[],
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, description: `${displayName} (synthetic organisation)` },
    spec: {
      type,
      profile: { displayName },
      ...(parent ? { parent } : {}),
      children,
    },
  };
}

function planOrganisation(
  services: number,
  seed: number,
): { plans: Plan[]; groups: Entity[]; teamOf: Map<string, string> } {
  const random = streamFor(seed, 'organisation');
  const teamCount = Math.min(services, Math.max(5, Math.round(services / 25)));
  const departmentCount = Math.min(teamCount, intBetween(random, 5, 8));
  const chosenDepartments = shuffled(random, departments).slice(
    0,
    departmentCount,
  );

  // Teams are dealt to departments round-robin, named after a word not yet used in that department.
  const teamsByDepartment = new Map<string, string[]>(
    chosenDepartments.map(d => [d, []]),
  );
  const words = new Map(
    chosenDepartments.map(d => [d, shuffled(random, teamWords)]),
  );
  const teams: string[] = [];
  const teamOf = new Map<string, string>();
  for (let i = 0; i < teamCount; i++) {
    const department = chosenDepartments[i % departmentCount];
    const list = teamsByDepartment.get(department)!;
    const pool = words.get(department)!;
    const word = pool[list.length % pool.length];
    const round = Math.floor(list.length / pool.length);
    const team = `${department}-${word}${round > 0 ? `-${round + 1}` : ''}`;
    list.push(team);
    teams.push(team);
    teamOf.set(team, department);
  }

  const root = 'synthetic-org';
  const groups: Entity[] = [
    groupEntity(
      root,
      'organization',
      'Synthetic organisation',
      undefined,
      chosenDepartments.slice(),
    ),
    ...chosenDepartments.map(d =>
      groupEntity(d, 'department', titleOf(d), root, teamsByDepartment.get(d)!),
    ),
    ...teams.map(t => groupEntity(t, 'team', titleOf(t), teamOf.get(t), [])),
  ];

  // Profiles in exact proportions, each spread evenly over the ecosystems, in random order.
  const slots: { profile: Profile; ecosystem: Ecosystem }[] = [];
  let offset = 0;
  for (const [profile, count] of profileCounts(services)) {
    for (let i = 0; i < count; i++) {
      slots.push({
        profile,
        ecosystem: ecosystems[(offset + i) % ecosystems.length],
      });
    }
    offset += count;
  }
  const order = shuffled(random, slots);

  // Team sizes differ (weights 0.5–2); every team owns at least one service when there are enough.
  const weights = teams.map(() => 0.5 + random() * 1.5);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];
  const firstOwners = shuffled(random, teams);
  const ownerFor = (i: number) => {
    if (i < firstOwners.length) return firstOwners[i];
    const r = random() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return teams[lo];
  };

  const used = new Set(reservedNames);
  const plans: Plan[] = order.map(({ profile, ecosystem }, index) => {
    const candidates = templateVariants.filter(
      v => v.profile === profile && v.ecosystem === ecosystem,
    );
    const variant = pick(random, candidates);
    const base = `${pick(random, domains)}-${pick(random, variant.roles)}`;
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base}-${k}`;
    used.add(name);
    const team = ownerFor(index);
    return { index, name, variant, team, department: teamOf.get(team)! };
  });
  return { plans, groups, teamOf };
}

/** Builds the Component entity of a service from its template's catalog file. */
function componentEntity(
  plan: Plan,
  template: LoadedTemplate,
  values: readonly string[],
  dependencyTargets: (example: string) => string | undefined,
): Entity {
  const entity = renameStrings(template.catalog, template, values);
  const metadata = entity.metadata;
  const annotations: Record<string, string> = {
    ...(metadata.annotations ?? {}),
  };
  annotations['stackscore.io/source-dir'] = plan.name;
  if (annotations['pagerduty.com/service-id']) {
    // PagerDuty ids are 7 upper-case characters starting with P.
    annotations['pagerduty.com/service-id'] = `P${fakeDigest(
      plan.name,
      'sha256',
      'hex',
    )
      .slice(0, 6)
      .toUpperCase()}`;
  }
  if (annotations['opsgenie.com/team'])
    annotations['opsgenie.com/team'] = plan.team;
  const spec = { ...(entity.spec ?? {}) } as Record<string, unknown>;
  spec.owner = plan.team;
  if (typeof spec.system === 'string')
    spec.system = `${plan.department}-${spec.system}`;
  if (Array.isArray(spec.providesApis)) {
    // API names not renamed in the files still get a name of their own in the catalog.
    const original = (template.catalog.spec?.providesApis ?? []) as string[];
    spec.providesApis = (spec.providesApis as string[]).map((api, i) =>
      api !== original[i] ? api : `${plan.name}-${api}`,
    );
  }
  if (Array.isArray(spec.dependsOn)) {
    spec.dependsOn = (spec.dependsOn as string[]).flatMap(ref => {
      const [kind, target] = ref.split(':');
      if (kind === 'component') {
        const other = dependencyTargets(target);
        return other ? [`component:${other}`] : [];
      }
      return [`${kind}:${plan.department}-${target}`];
    });
  }
  return {
    ...entity,
    metadata: {
      ...metadata,
      name: plan.name,
      title: titleOf(plan.name),
      annotations,
    },
    spec: spec as Entity['spec'],
  };
}

/**
 * fs.writeFile through the callback API: one libuv request per file instead of the FileHandle round trips
 * of fs.promises.writeFile (open, write, close each awaited), which measured 2–3 times slower here.
 */
const writeFile = promisify(writeFileCallback);

/** Runs `work` over `items` with at most `limit` in flight. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from(
    { length: Math.min(limit, items.length) },
    async () => {
      while (next < items.length) {
        await work(items[next++]);
      }
    },
  );
  await Promise.all(workers);
}

/**
 * Creates the folders of a new repository, one mkdir per folder, parents before children (the repository
 * is new, so nothing exists yet; recursive mkdir would probe every ancestor of every leaf).
 */
async function makeFolders(repo: string, files: readonly string[]) {
  const folders = new Set<string>();
  for (const file of files) {
    for (
      let slash = file.indexOf('/');
      slash > 0;
      slash = file.indexOf('/', slash + 1)
    ) {
      folders.add(file.slice(0, slash));
    }
  }
  const byDepth: string[][] = [];
  for (const folder of folders) {
    const depth = folder.split('/').length - 1;
    (byDepth[depth] ??= []).push(folder);
  }
  await fs.mkdir(repo);
  for (const level of byDepth) {
    if (level) await Promise.all(level.map(f => fs.mkdir(path.join(repo, f))));
  }
}

/** Everything written for one service. */
function repositoryFiles(
  plan: Plan,
  template: LoadedTemplate,
  values: readonly string[],
  component: Entity,
  seed: number,
): { path: string; data: Buffer | string }[] {
  const random: Random = streamFor(seed, `repository:${plan.name}`);
  const out = new Map<string, Buffer | string>();
  for (const file of template.files) {
    out.set(
      join(file.path, values),
      Buffer.isBuffer(file.content) ? file.content : join(file.content, values),
    );
  }

  // 0–2 extra dependencies, in the manifest and the lockfile.
  const layout = plan.variant.dependencies;
  const texts: FileTexts = new Map();
  for (const f of layoutFiles(layout)) {
    const data = out.get(f);
    if (data !== undefined) texts.set(f, data.toString());
  }
  for (const dep of shuffled(random, template.pool).slice(
    0,
    intBetween(random, 0, 2),
  )) {
    addDependency(layout, texts, {
      name: dep.name,
      version: pick(random, dep.versions),
    });
  }
  for (const [f, text] of texts) out.set(f, text);

  // 0–10 extra domain modules.
  const padding = paddingFiles({
    random,
    target: plan.variant.padding,
    count: intBetween(random, 0, 10),
    module: values[1],
    existing: new Set(out.keys()),
  });
  for (const f of padding.files) out.set(f.path, f.content);
  if (padding.rustModules.length > 0) {
    const main = out.get('src/main.rs')?.toString();
    if (main) {
      const mods = [...main.matchAll(/^mod \w+;$/gm)];
      const last = mods[mods.length - 1];
      if (last) {
        const at = last.index! + last[0].length;
        out.set(
          'src/main.rs',
          `${main.slice(0, at)}\nmod domain;${main.slice(at)}`,
        );
      }
    }
  }

  out.set('catalog-info.yaml', YAML.stringify(component));
  return [...out].map(([p, data]) => ({ path: p, data }));
}

/**
 * Generates a synthetic organisation under `root` (which must be empty or absent): one folder per service,
 * each a full repository built from an example repository, plus the Group and Component entities that
 * describe it. Deterministic for a given `services` and `seed` (default 1).
 */
export async function generateOrganisation(options: {
  services: number;
  root: string;
  seed?: number;
}): Promise<SyntheticOrganisation> {
  const seed = options.seed ?? 1;
  const root = path.resolve(options.root);
  if (!Number.isInteger(options.services) || options.services < 1) {
    throw new Error(
      `services must be a positive integer, got ${options.services}`,
    );
  }
  const existing = await fs.readdir(root).catch(() => []);
  if (existing.length > 0) {
    throw new Error(
      `${root} is not empty; the generator only writes into an empty directory`,
    );
  }
  await fs.mkdir(root, { recursive: true });

  const { plans, groups } = planOrganisation(options.services, seed);
  const templates = new Map<string, LoadedTemplate>();
  for (const variant of templateVariants)
    templates.set(variant.id, await loadTemplate(variant));

  // A component the template depends on becomes a service built from that example, picked at random.
  const byExample = new Map<string, string[]>();
  for (const plan of plans) {
    const list = byExample.get(plan.variant.example) ?? [];
    list.push(plan.name);
    byExample.set(plan.variant.example, list);
  }

  const services: SyntheticService[] = [];
  const components: Entity[] = [];
  const intendedLevels = new Map<string, Profile>();
  const work: { plan: Plan; values: string[]; component: Entity }[] = [];
  for (const plan of plans) {
    const template = templates.get(plan.variant.id)!;
    const apiValues = (plan.variant.renamedApis ?? []).map(api => {
      const version = /-(v\d+)$/.exec(api)?.[1];
      return version ? `${plan.name}-${version}` : `${plan.name}-api`;
    });
    const values = [plan.name, plan.name.replace(/-/g, '_'), ...apiValues];
    const random = streamFor(seed, `dependencies:${plan.name}`);
    const component = componentEntity(plan, template, values, example => {
      const candidates = (byExample.get(example) ?? []).filter(
        n => n !== plan.name,
      );
      const all =
        candidates.length > 0
          ? candidates
          : plans.map(p => p.name).filter(n => n !== plan.name);
      return all.length > 0 ? pick(random, all) : undefined;
    });
    const entityRef = `component:default/${plan.name}`;
    components.push(component);
    intendedLevels.set(entityRef, plan.variant.profile);
    services.push({
      entityRef,
      name: plan.name,
      dir: plan.name,
      template: plan.variant.id,
      ecosystem: plan.variant.ecosystem,
      profile: plan.variant.profile,
      owner: `group:default/${plan.team}`,
    });
    work.push({ plan, values, component });
  }

  let files = 0;
  let bytes = 0;
  const started = Date.now();
  // Eight repositories in flight, each writing all its files at once: enough to keep libuv's thread pool
  // busy without holding more than a few megabytes of generated text.
  await forEachLimited(work, 8, async ({ plan, values, component }) => {
    const repo = path.join(root, plan.name);
    const written = repositoryFiles(
      plan,
      templates.get(plan.variant.id)!,
      values,
      component,
      seed,
    );
    await makeFolders(
      repo,
      written.map(f => f.path),
    );
    await Promise.all(
      written.map(f => writeFile(path.join(repo, f.path), f.data)),
    );
    files += written.length;
    bytes += written.reduce(
      (sum, f) =>
        sum +
        (Buffer.isBuffer(f.data) ? f.data.length : Buffer.byteLength(f.data)),
      0,
    );
  });

  return {
    root,
    groups,
    components,
    intendedLevels,
    services,
    stats: { files, bytes, writeMs: Date.now() - started },
  };
}

/** The Socket.dev configuration changeRepositories adds and removes (a dependency-review gate). */
const socketConfig = `# Socket.dev reviews dependency changes in pull requests.
version: 2
projectIgnorePaths:
  - fixtures/
  - testdata/
githubApp:
  enabled: true
  dependencyOverviewEnabled: true
`;

/**
 * Changes the repositories of `fraction` of the services (chosen deterministically by `seed`, default 1) the
 * way a merged pull request would: a dependency is added to (or, when present, removed from) the manifest and
 * lockfile, and a Socket.dev dependency-review configuration is added (or removed). The second edit changes
 * the result of `supply-chain.new-dependency-review` in every repository, so the next score differs; the
 * first one is what most real changes look like. Returns the entity refs changed.
 */
export async function changeRepositories(
  org: SyntheticOrganisation,
  options: { fraction: number; seed?: number },
): Promise<string[]> {
  const { fraction } = options;
  if (!(fraction >= 0 && fraction <= 1))
    throw new Error(`fraction must be in [0, 1], got ${fraction}`);
  const count = Math.round(org.services.length * fraction);
  const chosen = shuffled(
    streamFor(options.seed ?? 1, 'change'),
    org.services,
  ).slice(0, count);
  await forEachLimited(chosen, 8, async service => {
    const repo = path.join(org.root, service.dir);
    const layout: DependencyLayout = templateVariant(
      service.template,
    ).dependencies;
    const texts: FileTexts = new Map();
    for (const f of layoutFiles(layout)) {
      const text = await fs
        .readFile(path.join(repo, f), 'utf8')
        .catch(() => undefined);
      if (text !== undefined) texts.set(f, text);
    }
    const dep = changeDependencies[service.ecosystem];
    if (hasDependency(layout, texts, dep.name))
      removeDependency(layout, texts, dep.name);
    else addDependency(layout, texts, dep);
    const socket = path.join(repo, 'socket.yml');
    const hasSocket = await fs.stat(socket).then(
      () => true,
      () => false,
    );
    await Promise.all([
      ...[...texts].map(([f, text]) => fs.writeFile(path.join(repo, f), text)),
      hasSocket ? fs.unlink(socket) : fs.writeFile(socket, socketConfig),
    ]);
  });
  return chosen.map(s => s.entityRef);
}

/** Writes every group and component as one multi-document YAML file, for a catalog `file` location. */
export async function writeCatalogFile(
  org: SyntheticOrganisation,
  file: string,
): Promise<void> {
  const documents = [...org.groups, ...org.components].map(e =>
    YAML.stringify(e),
  );
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, documents.join('---\n'));
}
