import {
  stackFrameworks,
  stackLanguages,
} from '@stackscore/plugin-stackscore-common';

/**
 * A language id (`go`, `node`) as people write it ("Go", "Node.js"); unknown ids are shown as they are.
 *
 * @internal
 */
export function languageName(id: string): string {
  return stackLanguages.find(language => language.id === id)?.title ?? id;
}

/**
 * A framework id (`gin`, `net-http`) by its name ("Gin", "net/http"); unknown ids are shown as they are.
 *
 * @internal
 */
export function frameworkName(id: string): string {
  return stackFrameworks.find(framework => framework.id === id)?.name ?? id;
}
