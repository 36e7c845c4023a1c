/*
 * The repositories the synthetic organisation is built from. Each variant is one example repository from
 * examples/repos (whose intended levels examples/README.md documents) plus, for the three ecosystem/profile
 * combinations the examples do not cover, a few edits that remove specific evidence. Keeping the variants
 * this close to the examples is what makes the intended level of every generated service reliable: the
 * generator only renames and pads, it never invents scoring-relevant content.
 */
import type { DependencyLayout } from './dependencies';

/** The five ecosystems of the catalogue. */
export type Ecosystem = 'go' | 'python' | 'node' | 'rust' | 'java';

/** The compliance profile a service is generated with. */
export type Profile = 'exemplary' | 'average' | 'poor';

/** An edit that turns an example into a derived variant. */
export type Mutation =
  | { delete: string }
  | { file: string; remove: string | RegExp }
  | { file: string; replace: string | RegExp; with: string };

/** Where extra source files go and in which language. `{module}` is the Python package of the service. */
export interface PaddingTarget {
  language: 'go' | 'python' | 'typescript' | 'javascript' | 'rust' | 'java';
  dir: string;
  /** Java: the package of `dir`. */
  javaPackage?: string;
  /** Where tests for the padding go, when the template keeps tests in a folder of their own. */
  testDir?: string;
}

/** One repository template. */
export interface TemplateVariant {
  id: string;
  example: string;
  ecosystem: Ecosystem;
  profile: Profile;
  /** The levels the check expects of every service built from this variant. */
  expectedLevels: string[];
  dependencies: DependencyLayout;
  padding: PaddingTarget;
  /** Name endings that fit the kind of component (`-api`, `-web`, …). */
  roles: readonly string[];
  /** API names that are renamed along with the component in every file (names containing the component's
   * own name are renamed anyway). Other API names are renamed in the catalog entity only. */
  renamedApis?: readonly string[];
  mutations?: readonly Mutation[];
}

const serviceRoles = [
  'api',
  'service',
  'gateway',
  'worker',
  'engine',
  'hub',
  'processor',
  'registry',
  'tracker',
  'sync',
  'manager',
  'backend',
] as const;
const websiteRoles = [
  'web',
  'portal',
  'site',
  'console',
  'app',
  'frontend',
] as const;

/** Drops a catalog annotation line (and nothing else). */
const dropAnnotation = (key: string): Mutation => ({
  file: 'catalog-info.yaml',
  remove: new RegExp(`^ {4}${key.replace(/[./]/g, '\\$&')}: .*\\n`, 'm'),
});

/** Drops the `links:` block of a catalog file. */
const dropLinks: Mutation = {
  file: 'catalog-info.yaml',
  remove: /^ {2}links:\n(?: {4}.*\n)+/m,
};

/** Every variant. Ids equal the example name unless the variant is derived. */
export const templateVariants: readonly TemplateVariant[] = [
  // --- Go ---------------------------------------------------------------------------------------------
  {
    id: 'checkout-api',
    example: 'checkout-api',
    ecosystem: 'go',
    profile: 'exemplary',
    expectedLevels: ['gold', 'gold', 'gold', 'gold'],
    dependencies: { format: 'go', manifest: 'go.mod', lockfile: 'go.sum' },
    padding: { language: 'go', dir: 'internal' },
    roles: serviceRoles,
    renamedApis: ['checkout-v1'],
  },
  {
    id: 'fx-rates',
    example: 'fx-rates',
    ecosystem: 'go',
    profile: 'average',
    expectedLevels: ['silver', 'bronze', 'bronze', 'bronze'],
    dependencies: { format: 'go', manifest: 'go.mod', lockfile: 'go.sum' },
    padding: { language: 'go', dir: 'internal' },
    roles: serviceRoles,
  },
  {
    id: 'feature-flags',
    example: 'feature-flags',
    ecosystem: 'go',
    profile: 'average',
    expectedLevels: ['bronze', 'silver', 'none', 'silver'],
    dependencies: { format: 'go', manifest: 'go.mod', lockfile: 'go.sum' },
    padding: { language: 'go', dir: 'internal' },
    roles: serviceRoles,
  },
  {
    id: 'shipping-quotes',
    example: 'shipping-quotes',
    ecosystem: 'go',
    profile: 'poor',
    expectedLevels: ['none', 'none', 'none', 'none'],
    // No go.sum: the repository commits no lockfile.
    dependencies: { format: 'go', manifest: 'go.mod' },
    padding: { language: 'go', dir: 'internal' },
    roles: serviceRoles,
  },
  // --- Python -----------------------------------------------------------------------------------------
  {
    id: 'fraud-scoring',
    example: 'fraud-scoring',
    ecosystem: 'python',
    profile: 'exemplary',
    expectedLevels: ['gold', 'gold', 'gold', 'gold'],
    dependencies: {
      format: 'uv',
      manifest: 'pyproject.toml',
      lockfile: 'uv.lock',
    },
    padding: { language: 'python', dir: 'src/{module}', testDir: 'tests' },
    roles: serviceRoles,
  },
  {
    id: 'report-builder',
    example: 'report-builder',
    ecosystem: 'python',
    profile: 'average',
    // The example is owned by a user (ownership-declared fails); here a team owns it, which lifts
    // observability from none to silver.
    expectedLevels: ['bronze', 'silver', 'bronze', 'bronze'],
    dependencies: {
      format: 'poetry',
      manifest: 'pyproject.toml',
      lockfile: 'poetry.lock',
    },
    padding: { language: 'python', dir: 'reports', testDir: 'tests' },
    roles: serviceRoles,
  },
  {
    id: 'customer-export',
    example: 'customer-export',
    ecosystem: 'python',
    profile: 'poor',
    expectedLevels: ['none', 'none', 'none', 'none'],
    dependencies: { format: 'requirements', manifest: 'requirements.txt' },
    padding: { language: 'python', dir: '' },
    roles: serviceRoles,
  },
  // --- Node / TypeScript ------------------------------------------------------------------------------
  {
    id: 'notifications',
    example: 'notifications',
    ecosystem: 'node',
    profile: 'exemplary',
    expectedLevels: ['gold', 'gold', 'gold', 'gold'],
    dependencies: {
      format: 'npm',
      manifest: 'package.json',
      lockfile: 'package-lock.json',
    },
    padding: { language: 'typescript', dir: 'src/domain' },
    roles: serviceRoles,
  },
  {
    id: 'storefront-web',
    example: 'storefront-web',
    ecosystem: 'node',
    profile: 'exemplary',
    expectedLevels: ['silver', 'gold', 'gold', 'gold'],
    dependencies: {
      format: 'pnpm',
      manifest: 'package.json',
      lockfile: 'pnpm-lock.yaml',
    },
    padding: { language: 'typescript', dir: 'src/lib' },
    roles: websiteRoles,
  },
  {
    // The examples have no average Node service: the exemplary one without its DAST and load test
    // (gold SLO and security checks), without signed provenance (gold supply chain) and without a linked
    // dashboard (silver observability).
    id: 'notifications-average',
    example: 'notifications',
    ecosystem: 'node',
    profile: 'average',
    expectedLevels: ['silver', 'bronze', 'silver', 'silver'],
    dependencies: {
      format: 'npm',
      manifest: 'package.json',
      lockfile: 'package-lock.json',
    },
    padding: { language: 'typescript', dir: 'src/domain' },
    roles: serviceRoles,
    mutations: [
      {
        file: '.github/workflows/ci.yml',
        remove: /^ {6}- name: Start service for DAST[^]*$/m,
      },
      { delete: 'load/send.js' },
      {
        file: '.github/workflows/release.yml',
        remove: /^ {10}provenance: .*\n/m,
      },
      {
        file: '.github/workflows/release.yml',
        remove: /^ {6}- uses: sigstore\/cosign-installer[^]*$/m,
      },
      dropAnnotation('grafana/dashboard-selector'),
      dropLinks,
    ],
  },
  {
    id: 'promo-codes',
    example: 'promo-codes',
    ecosystem: 'node',
    profile: 'poor',
    expectedLevels: ['none', 'none', 'none', 'none'],
    dependencies: {
      format: 'npm',
      manifest: 'package.json',
      lockfile: 'package-lock.json',
    },
    padding: { language: 'javascript', dir: 'lib' },
    roles: serviceRoles,
  },
  // --- Rust -------------------------------------------------------------------------------------------
  {
    id: 'tokenizer',
    example: 'tokenizer',
    ecosystem: 'rust',
    profile: 'exemplary',
    expectedLevels: ['gold', 'gold', 'gold', 'gold'],
    dependencies: {
      format: 'cargo',
      manifest: 'Cargo.toml',
      lockfile: 'Cargo.lock',
    },
    padding: { language: 'rust', dir: 'src/domain' },
    roles: serviceRoles,
  },
  {
    // The examples have no average Rust service: the exemplary one without benchmarks and canary
    // (gold SLO), DAST (gold security), cargo-deny (silver supply chain) and a linked dashboard (silver
    // observability).
    id: 'tokenizer-average',
    example: 'tokenizer',
    ecosystem: 'rust',
    profile: 'average',
    expectedLevels: ['silver', 'bronze', 'silver', 'bronze'],
    dependencies: {
      format: 'cargo',
      manifest: 'Cargo.toml',
      lockfile: 'Cargo.lock',
    },
    padding: { language: 'rust', dir: 'src/domain' },
    roles: serviceRoles,
    mutations: [
      {
        file: '.github/workflows/ci.yml',
        remove: /^ {6}- name: Benchmarks \(regression guard\)\n.*\n/m,
      },
      {
        file: '.github/workflows/ci.yml',
        remove: /^ {2}deny:\n(?: {4}.*\n|\n)*?(?=^ {2}\w)/m,
      },
      {
        file: '.github/workflows/ci.yml',
        remove: /^ {6}- name: DAST against the image[^]*$/m,
      },
      { file: 'Cargo.toml', remove: /^\[\[bench\]\]\n.*\n.*\n\n/m },
      { delete: 'benches/luhn.rs' },
      { delete: 'deploy/canary.yaml' },
      { delete: 'deny.toml' },
      dropAnnotation('grafana/dashboard-selector'),
      dropLinks,
    ],
  },
  {
    id: 'search-suggest',
    example: 'search-suggest',
    ecosystem: 'rust',
    profile: 'poor',
    expectedLevels: ['none', 'none', 'bronze', 'bronze'],
    dependencies: {
      format: 'cargo',
      manifest: 'Cargo.toml',
      lockfile: 'Cargo.lock',
    },
    padding: { language: 'rust', dir: 'src/domain' },
    roles: serviceRoles,
  },
  // --- Java -------------------------------------------------------------------------------------------
  {
    id: 'ledger-service',
    example: 'ledger-service',
    ecosystem: 'java',
    profile: 'exemplary',
    expectedLevels: ['gold', 'gold', 'gold', 'gold'],
    dependencies: { format: 'maven', manifest: 'pom.xml' },
    padding: {
      language: 'java',
      dir: 'src/main/java/com/larkspur/ledger',
      javaPackage: 'com.larkspur.ledger',
    },
    roles: serviceRoles,
    renamedApis: ['ledger-v1'],
  },
  {
    id: 'invoice-service',
    example: 'invoice-service',
    ecosystem: 'java',
    profile: 'average',
    expectedLevels: ['bronze', 'bronze', 'bronze', 'silver'],
    dependencies: {
      format: 'gradle',
      manifest: 'build.gradle.kts',
      lockfile: 'gradle.lockfile',
    },
    padding: {
      language: 'java',
      dir: 'src/main/java/com/larkspur/invoices',
      javaPackage: 'com.larkspur.invoices',
    },
    roles: serviceRoles,
  },
  {
    // The examples have no poor Java service: the average one without its SLO annotations (bronze SLO),
    // alert rules and on-call (bronze observability), secret scanning (bronze security) and Dependabot
    // (bronze supply chain).
    id: 'invoice-service-poor',
    example: 'invoice-service',
    ecosystem: 'java',
    profile: 'poor',
    expectedLevels: ['none', 'none', 'none', 'none'],
    dependencies: {
      format: 'gradle',
      manifest: 'build.gradle.kts',
      lockfile: 'gradle.lockfile',
    },
    padding: {
      language: 'java',
      dir: 'src/main/java/com/larkspur/invoices',
      javaPackage: 'com.larkspur.invoices',
    },
    roles: serviceRoles,
    mutations: [
      { file: 'catalog-info.yaml', remove: /^ {4}# No SLO file yet.*\n/m },
      dropAnnotation('stackscore.io/slo-availability'),
      dropAnnotation('stackscore.io/slo-latency'),
      dropAnnotation('stackscore.io/slo-window'),
      dropAnnotation('pagerduty.com/service-id'),
      { delete: 'deploy/alerts.yaml' },
      { delete: '.github/dependabot.yml' },
      {
        file: '.github/workflows/ci.yml',
        remove: /^ {2}gitleaks:\n(?: {4}.*\n|\n)*?(?=^ {2}\w)/m,
      },
    ],
  },
];

/** The variant with this id. */
export function templateVariant(id: string): TemplateVariant {
  const variant = templateVariants.find(v => v.id === id);
  if (!variant) throw new Error(`unknown template variant ${id}`);
  return variant;
}
