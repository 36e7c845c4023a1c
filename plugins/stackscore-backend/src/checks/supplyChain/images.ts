import type {
  DockerStage,
  DockerfileFacts,
} from '@stackscore/plugin-stackscore-common';

/*
 * Judgements about container image references (Semantics: "Pinned image", "Minimal runtime image").
 */

/** Tags that float whatever follows them (`lts-alpine3.20` still moves with each LTS). */
const floatingTagPrefixes = new Set(['latest', 'lts', 'stable', 'current']);

const releaseCodenames = new Set([
  // Debian
  'jessie',
  'stretch',
  'buster',
  'bullseye',
  'bookworm',
  'trixie',
  'forky',
  // Ubuntu
  'xenial',
  'bionic',
  'focal',
  'jammy',
  'mantic',
  'noble',
  'oracular',
  'plucky',
]);

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[-._/:]+/)
    .filter(Boolean);
}

function carriesVersion(text: string): boolean {
  return tokens(text).some(t => /\d/.test(t) || releaseCodenames.has(t));
}

/**
 * Why a `FROM` reference is not pinned, or undefined when it is.
 *
 * @internal
 */
export function unpinnedReason(from: DockerStage['from']): string | undefined {
  if (from.digest) return undefined;
  if (!from.tag) return 'has no tag (it floats with `latest`)';
  const tagTokens = tokens(from.tag);
  if (tagTokens.length === 0 || floatingTagPrefixes.has(tagTokens[0])) {
    return `uses the floating tag \`${from.tag}\``;
  }
  if (carriesVersion(from.tag)) return undefined;
  const name = from.image.split('/').pop() ?? from.image;
  if (carriesVersion(name)) return undefined;
  return `tag \`${from.tag}\` carries no version number or release codename`;
}

/** The earlier stage a `FROM <alias>` refers to. */
function parentStage(
  dockerfile: DockerfileFacts,
  stage: DockerStage,
): DockerStage | undefined {
  const name = stage.from.image.toLowerCase();
  return dockerfile.stages.find(
    s => s.index < stage.index && s.alias?.toLowerCase() === name,
  );
}

/**
 * The stage that a stage builds on when it starts `FROM` an earlier stage, followed to the external image.
 *
 * @internal
 */
export function baseStage(
  dockerfile: DockerfileFacts,
  stage: DockerStage,
): DockerStage {
  let current = stage;
  const seen = new Set<number>();
  while (current.from.isStage && !seen.has(current.index)) {
    seen.add(current.index);
    const parent = parentStage(dockerfile, current);
    if (!parent) break;
    current = parent;
  }
  return current;
}

/**
 * The chain of stages the final image consists of: the final stage and the stages it starts from.
 *
 * @internal
 */
export function runtimeChain(dockerfile: DockerfileFacts): DockerStage[] {
  const final = dockerfile.stages[dockerfile.stages.length - 1];
  if (!final) return [];
  const chain = [final];
  let current = final;
  while (current.from.isStage) {
    const parent = parentStage(dockerfile, current);
    if (!parent || chain.includes(parent)) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}

/**
 * The reference as written for evidence, e.g. `node:22-slim` or `golang@sha256:…`.
 *
 * @internal
 */
export function imageLabel(from: DockerStage['from']): string {
  return from.resolved || from.raw;
}

/**
 * True when an image is a minimal runtime: scratch, distroless, busybox, Chainguard, or a
 * slim/alpine/jre/minimal variant.
 *
 * @internal
 */
export function isMinimalImage(from: DockerStage['from']): boolean {
  const image = from.image.toLowerCase();
  if (image === 'scratch') return true;
  if (image.includes('distroless') || image.startsWith('cgr.dev/chainguard/')) {
    return true;
  }
  const all = [...tokens(image), ...tokens(from.tag ?? '')];
  const name = image.split('/').pop() ?? image;
  if (name === 'busybox' || name === 'alpine') return true;
  return all.some(
    t =>
      ['slim', 'alpine', 'jre', 'minimal', 'micro', 'distroless'].includes(t) ||
      /^alpine\d/.test(t) ||
      /^jre\d*$/.test(t),
  );
}

/**
 * Images a user is non-root in by default: distroless/Chainguard `nonroot` tags and Chainguard images
 * (whose non-`-dev` variants run as UID 65532).
 *
 * @internal
 */
export function isNonRootByDefault(from: DockerStage['from']): boolean {
  const tag = (from.tag ?? '').toLowerCase();
  const image = from.image.toLowerCase();
  if (tokens(tag).includes('nonroot') || image.endsWith('-nonroot'))
    return true;
  return (
    image.startsWith('cgr.dev/chainguard/') && !tokens(tag).includes('dev')
  );
}

/**
 * The user a `USER` value names, without group and trailing comment; `root`/`0` are root.
 *
 * @internal
 */
export function isRootUser(value: string): boolean {
  const user = value
    .replace(/#.*$/, '')
    .trim()
    .split(':')[0]
    .trim()
    .toLowerCase();
  return user === '' || user === 'root' || user === '0';
}
