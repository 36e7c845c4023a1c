import { ReactNode, memo } from 'react';
import Box from '@material-ui/core/Box';
import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { TeamSelector } from '../shared/TeamSelector';
import type { DecisionForm, FormProblem } from './form';

// The editor re-renders on every keystroke; fields are memoised on plain values and a stable setter so a
// keystroke re-renders only the field typed in (and the preview, after a pause), not the whole form.

/**
 * Sets one field of the form; stable across renders.
 *
 * @internal
 */
export type SetField = <K extends keyof DecisionForm>(
  key: K,
  value: DecisionForm[K],
) => void;

/** Form fields holding text. */
type TextKey = {
  [K in keyof DecisionForm]: DecisionForm[K] extends string ? K : never;
}[keyof DecisionForm];

/** Shared, so memoised fields see the same object every render. */
const shrink = { shrink: true };
const native = { native: true };

/**
 * The first problem reported for a field or anything inside it.
 *
 * @internal
 */
export function problemAt(
  problems: FormProblem[],
  path: string,
): string | undefined {
  return problems.find(p => p.path === path || p.path.startsWith(`${path}.`))
    ?.message;
}

/**
 * A spaced row of the form.
 *
 * @internal
 */
export function Field({ children }: { children: ReactNode }) {
  return <Box mt={2}>{children}</Box>;
}

/**
 * A text field (or native select, given `select` and option children) bound to one form field. `problem`,
 * when set, replaces the helper text and marks the field invalid.
 *
 * @internal
 */
function FormTextField(
  props: Omit<TextFieldProps, 'value' | 'onChange' | 'error'> & {
    field: TextKey;
    value: string;
    onField: SetField;
    problem?: string;
  },
) {
  const { field, value, onField, problem, helperText, select, ...rest } = props;
  return (
    <TextField
      {...rest}
      select={select}
      SelectProps={select ? native : undefined}
      InputLabelProps={select || rest.type === 'date' ? shrink : undefined}
      value={value}
      onChange={event => onField(field, event.target.value)}
      error={Boolean(problem)}
      helperText={problem ?? helperText}
    />
  );
}

/**
 * A memoised {@link FormTextField}.
 *
 * @internal
 */
export const FormText = memo(FormTextField);

/**
 * The team picker bound to the form's team; memoised like the other fields.
 *
 * @internal
 */
export const TeamField = memo(TeamSelector);

/**
 * The radar entries and checks a decision links to, picked by name from what the backend knows.
 *
 * @internal
 */
function LinkFieldsGroup(props: {
  radarEntries: string[];
  checks: string[];
  radarOptions: string[];
  checkOptions: string[];
  radarTitles: ReadonlyMap<string, string>;
  checkTitles: ReadonlyMap<string, string>;
  /** Why the radar or the checks could not be listed. */
  radarError?: string;
  checksError?: string;
  radarProblem?: string;
  checksProblem?: string;
  onField: SetField;
}) {
  const {
    radarEntries,
    checks,
    radarOptions,
    checkOptions,
    radarTitles,
    checkTitles,
    radarError,
    checksError,
    radarProblem,
    checksProblem,
    onField,
  } = props;
  return (
    <>
      <Field>
        <Autocomplete
          id="stackscore-decision-radar"
          multiple
          filterSelectedOptions
          options={radarOptions}
          value={radarEntries}
          getOptionLabel={id => radarTitles.get(id) ?? id}
          onChange={(_event, value) => onField('radarEntries', value)}
          renderInput={params => (
            <TextField
              {...params}
              label="Radar entries"
              error={Boolean(radarError || radarProblem)}
              helperText={
                radarProblem ??
                (radarError
                  ? `Could not load the radar: ${radarError}`
                  : 'Technologies and techniques the decision moves or relies on')
              }
            />
          )}
        />
      </Field>
      <Field>
        <Autocomplete
          id="stackscore-decision-checks"
          multiple
          filterSelectedOptions
          options={checkOptions}
          value={checks}
          getOptionLabel={id => {
            const title = checkTitles.get(id);
            return title ? `${title} (${id})` : id;
          }}
          onChange={(_event, value) => onField('checks', value)}
          renderInput={params => (
            <TextField
              {...params}
              label="Checks"
              error={Boolean(checksError || checksProblem)}
              helperText={
                checksProblem ??
                (checksError
                  ? `Could not load the checks: ${checksError}`
                  : 'Checks that enforce or relate to the decision')
              }
            />
          )}
        />
      </Field>
    </>
  );
}

/**
 * A memoised {@link LinkFieldsGroup}.
 *
 * @internal
 */
export const LinkFields = memo(LinkFieldsGroup);
