/**
 * Query parameter of the Checks tab naming the check to open, e.g. `?check=security.sast-in-ci`, so other
 * views (and people) can link straight to a check and who fails it.
 *
 * @internal
 */
export const checkQueryParam = 'check';
