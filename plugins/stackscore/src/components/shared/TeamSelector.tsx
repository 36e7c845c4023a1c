import { ChangeEvent, useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';

/**
 * Query parameter naming the team a view is about, e.g. `?team=group:default/payments`, so a team's radar or
 * stack can be linked to. Absent means the whole organisation.
 *
 * @internal
 */
export const teamQueryParam = 'team';

/**
 * The team named in the address. `ref` is the normalised group ref; `invalid` holds the raw value when it is
 * not a group ref, so the view can say so instead of silently showing the organisation.
 *
 * @internal
 */
export function useTeamQuery(): {
  ref?: string;
  invalid?: string;
  /** Switches team; `clear` names other query parameters that only made sense for the previous team. */
  setTeam: (ref: string | undefined, options?: { clear?: string[] }) => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get(teamQueryParam) ?? undefined;
  const parsed = useMemo(() => {
    if (!raw) return {};
    try {
      const compound = parseEntityRef(raw, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      });
      if (compound.kind.toLocaleLowerCase('en-US') !== 'group') {
        return { invalid: raw };
      }
      return { ref: stringifyEntityRef(compound) };
    } catch {
      return { invalid: raw };
    }
  }, [raw]);

  const setTeam = (ref: string | undefined, options?: { clear?: string[] }) =>
    setSearchParams(current => {
      const next = new URLSearchParams(current);
      if (ref) next.set(teamQueryParam, ref);
      else next.delete(teamQueryParam);
      for (const name of options?.clear ?? []) next.delete(name);
      return next;
    });

  return { ...parsed, setTeam };
}

const groupFields = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.profile.displayName',
];

function groupTitle(group: Entity): string {
  const profile = (group.spec?.profile ?? {}) as { displayName?: string };
  return profile.displayName ?? group.metadata.title ?? group.metadata.name;
}

/**
 * The team picker shared by the radar and stack-decision views: "Organisation" or any catalog group. A native
 * select keeps it a plain labelled combobox for keyboards, screen readers and browser tests.
 *
 * @internal
 */
export function TeamSelector({
  value,
  onChange,
  label = 'Team',
  id = 'stackscore-team-selector',
  disabled,
  helperText: note,
}: {
  /** Group entity ref, or undefined for the organisation. */
  value?: string;
  onChange: (ref: string | undefined) => void;
  label?: string;
  /** Element id; a view showing two selectors (a filter and a form) needs distinct ones. */
  id?: string;
  disabled?: boolean;
  /** Shown under the selector unless the teams are loading or failed to load. */
  helperText?: string;
}) {
  const catalogApi = useApi(catalogApiRef);
  const groups = useAsync(async () => {
    const response = await catalogApi.getEntities({
      filter: { kind: 'Group' },
      fields: groupFields,
    });
    return response.items
      .map(group => ({
        ref: stringifyEntityRef(group),
        title: groupTitle(group),
      }))
      .sort(
        (a, b) => a.title.localeCompare(b.title) || a.ref.localeCompare(b.ref),
      );
  }, [catalogApi]);

  const options = groups.value ?? [];
  // A linked team stays selectable while groups load, or if the catalog does not list it.
  const missing = value && !options.some(option => option.ref === value);

  let helperText = note;
  if (groups.loading) helperText = 'Loading teams…';
  else if (groups.error) {
    helperText = `Could not list teams: ${groups.error.message}`;
  }

  return (
    <TextField
      id={id}
      select
      disabled={disabled}
      label={label}
      value={value ?? ''}
      onChange={(event: ChangeEvent<{ value: unknown }>) =>
        onChange((event.target.value as string) || undefined)
      }
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      variant="outlined"
      size="small"
      helperText={helperText}
      error={Boolean(groups.error)}
      style={{ minWidth: 280 }}
    >
      <option value="">Organisation</option>
      {missing && <option value={value}>{value}</option>}
      {options.map(option => (
        <option key={option.ref} value={option.ref}>
          {option.title}
        </option>
      ))}
    </TextField>
  );
}
