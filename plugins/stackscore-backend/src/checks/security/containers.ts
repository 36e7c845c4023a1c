import type {
  CheckOutcome,
  DockerfileFacts,
  EntityFacts,
} from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import {
  combineOutcomes,
  errored,
  fail,
  notApplicable,
  pass,
} from '../outcomes';
import {
  imageLabel,
  isMinimalImage,
  isNonRootByDefault,
  isRootUser,
  runtimeChain,
} from '../supplyChain/images';

function productionDockerfiles(facts: EntityFacts): DockerfileFacts[] {
  return facts.dockerfiles.filter(d => d.production);
}

function judgeRuntimes(
  facts: EntityFacts,
  judge: (dockerfile: DockerfileFacts) => CheckOutcome,
): CheckOutcome {
  const dockerfiles = productionDockerfiles(facts);
  if (dockerfiles.length === 0)
    return notApplicable('No production Dockerfile');
  return combineOutcomes(
    dockerfiles.map(d => {
      if (d.error) {
        return errored({
          message: `Could not read ${d.file}: ${d.error}`,
          file: d.file,
        });
      }
      if (d.stages.length === 0) {
        return errored({
          message: `${d.file} has no FROM instruction`,
          file: d.file,
        });
      }
      return judge(d);
    }),
  );
}

function nonRoot(dockerfile: DockerfileFacts): CheckOutcome {
  const chain = runtimeChain(dockerfile);
  const final = chain[0];
  const file = dockerfile.file;
  // The nearest USER in the runtime stage or the stages it builds on is the one in effect.
  const withUser = chain.find(stage => stage.user);
  const dropsAtRuntime = [final.entrypoint?.value, final.cmd?.value].some(
    v => v && /\b(?:gosu|su-exec|setpriv|runuser)\b/.test(v),
  );
  if (withUser?.user) {
    const { value, line } = withUser.user;
    if (isRootUser(value)) {
      return fail({
        message: `The final image of ${file} runs as root (\`USER ${value}\`)`,
        file,
        line,
      });
    }
    return pass({
      message: `The final image of ${file} runs as \`USER ${value
        .replace(/#.*$/, '')
        .trim()}\``,
      file,
      line,
    });
  }
  const base = chain[chain.length - 1].from;
  if (isNonRootByDefault(base)) {
    return pass({
      message: `The final image of ${file} builds on \`${imageLabel(
        base,
      )}\`, which runs as non-root`,
      file,
      line: base.line,
    });
  }
  const setInBuildStage = dockerfile.stages.find(
    s => s.user && !chain.includes(s),
  );
  let why = '';
  if (dropsAtRuntime) {
    why =
      ' (dropping privileges in the entrypoint with gosu/su-exec does not count)';
  } else if (setInBuildStage) {
    why = ` (USER is set only in the build stage \`${
      setInBuildStage.alias ?? setInBuildStage.index
    }\`)`;
  }
  return fail({
    message: `The final stage of ${file} has no USER, so it runs as root${why}`,
    file,
    line: final.from.line,
  });
}

function minimal(dockerfile: DockerfileFacts): CheckOutcome {
  const chain = runtimeChain(dockerfile);
  const base = chain[chain.length - 1].from;
  const file = dockerfile.file;
  if (base.unresolved) {
    return errored({
      message: `The final image of ${file} starts from \`${base.raw}\`, whose ARG has no default`,
      file,
      line: base.line,
    });
  }
  if (isMinimalImage(base)) {
    return pass({
      message: `The final image of ${file} is \`${imageLabel(base)}\``,
      file,
      line: base.line,
    });
  }
  return fail({
    message: `The final image of ${file} is \`${imageLabel(
      base,
    )}\`, a full or build image; use scratch, distroless, or a -slim/-alpine/-jre variant`,
    file,
    line: base.line,
  });
}

/**
 * Security checks on production container images.
 *
 * @internal
 */
export const containerSecurityChecks: CheckImplementation[] = [
  {
    id: 'security.container-non-root',
    evaluate: facts => judgeRuntimes(facts, nonRoot),
  },
  {
    id: 'security.minimal-runtime-image',
    evaluate: facts => judgeRuntimes(facts, minimal),
  },
];
