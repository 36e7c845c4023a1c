import { memo, useCallback, useMemo, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import {
  Decision,
  DecisionContent,
  DecisionStatus,
  decisionStatuses,
  decisionTemplates,
  getDecisionTemplate,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { DecisionSections } from '../shared/DecisionSections';
import { DecisionStatusChip } from '../shared/DecisionStatusChip';
import { serverMessage, statusOf } from '../shared/responseErrors';
import { OptionFields, UpdateOptions } from './OptionFields';
import {
  Field,
  FormText,
  LinkFields,
  SetField,
  TeamField,
  problemAt,
} from './fields';
import {
  DecisionForm,
  FormProblem,
  TemplateFields,
  applyTemplate,
  changedFields,
  contentOf,
  mergeEdits,
  previewContent,
  toForm,
  validate,
} from './form';

/**
 * What the editor does on Save: write a new record, change a stored one, or replace a stored one with a new
 * record (supersede).
 *
 * @internal
 */
export type DecisionEditorMode = 'create' | 'edit' | 'supersede';

/**
 * Props of {@link DecisionEditor}.
 *
 * @internal
 */
export interface DecisionEditorProps {
  mode: DecisionEditorMode;
  /** What the form starts with: a template, a prefilled draft, the stored record or its replacement. */
  initial: DecisionContent;
  /** The stored record being edited or superseded; required for those modes. */
  decision?: Decision;
  /** Called with the record as stored: the new one, the changed one, or the replacement. */
  onSaved: (decision: Decision) => void;
  onCancel: () => void;
}

/**
 * The record as it will read, rendered from the form. Memoised on the form it was given: rendering every
 * markdown field is the costly part of a keystroke, so it happens only when the (debounced) form changed.
 */
function DecisionPreview({ form }: { form: DecisionForm }) {
  const preview = previewContent(form);
  return (
    <Box p={2}>
      <Typography variant="overline" color="textSecondary">
        Preview
      </Typography>
      <Typography variant="h5" component="p" gutterBottom>
        {preview.title || 'Untitled decision'}
      </Typography>
      <Box mb={2} display="flex" alignItems="center" style={{ gap: 8 }}>
        <DecisionStatusChip status={preview.status} />
        <Typography variant="body2" color="textSecondary">
          {preview.date}
        </Typography>
      </Box>
      <DecisionSections content={preview} />
    </Box>
  );
}
const Preview = memo(DecisionPreview);

// The template picker's choices never change; built once so the memoised field keeps its children.
const templateChoices = [
  <option key="" value="">
    No template
  </option>,
  ...decisionTemplates.map(t => (
    <option key={t.id} value={t.id}>
      {t.title}
    </option>
  )),
];

const requiredInput = { 'aria-required': true };

/** Typing pauses this long before the preview follows; short enough to feel live. */
const previewDelayMs = 150;

const headings: Record<DecisionEditorMode, (d?: Decision) => string> = {
  create: () => 'New decision',
  edit: d => `Edit #${d?.number} ${d?.title}`,
  supersede: d => `Supersede #${d?.number} ${d?.title}`,
};

/**
 * The decision record editor, for new records, edits and replacements. A template fills context, drivers and
 * options from the guidance; every field of the record can be written, markdown fields with a live preview of
 * the whole record beside the form. The form is checked with the API's own schema before it is sent and the
 * backend's refusals are shown as they come. When someone else saved the record meanwhile (409), the editor
 * says so and offers to reload the latest version with the user's edits kept on top.
 *
 * @internal
 */
export function DecisionEditor(props: DecisionEditorProps) {
  const { mode, initial, decision, onSaved, onCancel } = props;
  const api = useApi(stackscoreApiRef);
  const [form, setForm] = useState<DecisionForm>(() => toForm(initial));
  const [templateFields, setTemplateFields] = useState<TemplateFields>();
  // The stored version the save is based on; a reload after a conflict moves it forward.
  const [base, setBase] = useState<Decision | undefined>(decision);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState<string>();
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState<Decision>();
  const [previewForm, setPreviewForm] = useState(form);
  useDebounce(() => setPreviewForm(form), previewDelayMs, [form]);

  const radar = useAsync(() => api.getRadar(), [api]);
  const checks = useAsync(() => api.getChecks(), [api]);
  const radarTitles = useMemo(
    () => new Map((radar.value?.entries ?? []).map(e => [e.id, e.title])),
    [radar.value],
  );
  const checkTitles = useMemo(
    () => new Map((checks.value?.items ?? []).map(c => [c.id, c.title])),
    [checks.value],
  );
  // Values already on the record stay selectable even if the lists fail to load or no longer name them.
  const radarOptions = useMemo(
    () => Array.from(new Set([...radarTitles.keys(), ...form.radarEntries])),
    [radarTitles, form.radarEntries],
  );
  const checkOptions = useMemo(
    () => Array.from(new Set([...checkTitles.keys(), ...form.checks])),
    [checkTitles, form.checks],
  );

  const set: SetField = useCallback(
    (key, value) => setForm(current => ({ ...current, [key]: value })),
    [],
  );
  const setTeam = useCallback(
    (team: string | undefined) => set('team', team ?? ''),
    [set],
  );
  const setOptions: UpdateOptions = useCallback(
    update =>
      setForm(current => {
        const options = update(current.options);
        return {
          ...current,
          options,
          // A chosen option that was removed or renamed is no longer chosen.
          chosenOption: options.some(
            o => o.title.trim() === current.chosenOption,
          )
            ? current.chosenOption
            : '',
        };
      }),
    [],
  );
  const chooseTemplate = useCallback(
    (_key: 'templateId', templateId: string) => {
      if (!templateId) {
        set('templateId', '');
        return;
      }
      const result = applyTemplate(form, templateId, templateFields);
      setForm(result.form);
      setTemplateFields(result.applied);
    },
    [form, templateFields, set],
  ) as SetField;
  const problem = (path: string) => problemAt(problems, path);
  // The prose fields share one shape: an outlined, multi-line box whose problem path is its field name.
  const textArea = (
    field: 'context' | 'drivers' | 'outcome' | 'consequences',
    label: string,
    helperText: string,
    minRows: number,
  ) => (
    <Field>
      <FormText
        id={`stackscore-decision-${field}`}
        label={label}
        field={field}
        value={form[field]}
        onField={set}
        problem={problem(field)}
        helperText={helperText}
        multiline
        minRows={minRows}
        fullWidth
        variant="outlined"
      />
    </Field>
  );

  const save = async () => {
    const checked = validate(form);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setError(undefined);
    setConflict(undefined);
    setSaving(true);
    try {
      let saved: Decision;
      if (mode === 'create') {
        saved = await api.createDecision(checked.content);
      } else if (!base) {
        throw new Error(`A stored decision is needed to ${mode}`);
      } else if (mode === 'edit') {
        const update = changedFields(
          contentOf(base),
          checked.content,
          base.version,
        );
        // Nothing changed: saving would only add an empty step to the history.
        saved =
          Object.keys(update).length === 1
            ? base
            : await api.updateDecision(base.id, update);
      } else {
        saved = (
          await api.supersedeDecision(base.id, {
            version: base.version,
            decision: checked.content,
          })
        ).replacement;
      }
      setSaving(false);
      onSaved(saved);
    } catch (e) {
      setSaving(false);
      if (statusOf(e) === 409) setConflict(serverMessage(e));
      else setError(e);
    }
  };

  const reload = async () => {
    if (!base) return;
    setReloading(true);
    try {
      const latest = await api.getDecision(base.id);
      if (mode === 'edit') {
        setForm(current =>
          mergeEdits(current, contentOf(base), contentOf(latest)),
        );
      }
      setBase(latest);
      setReloaded(latest);
      setConflict(undefined);
      setError(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setReloading(false);
    }
  };

  const template = form.templateId
    ? getDecisionTemplate(form.templateId)
    : undefined;
  const superseded = form.status === 'superseded';
  const statusChoices = useMemo(
    () =>
      // A record leaves or enters `superseded` only through the supersede action, so it is never offered.
      (superseded
        ? (['superseded'] as DecisionStatus[])
        : decisionStatuses.filter(status => status !== 'superseded')
      ).map(status => (
        <option key={status} value={status}>
          {status}
        </option>
      )),
    [superseded],
  );
  const optionTitles = Array.from(
    new Set(form.options.map(o => o.title.trim()).filter(Boolean)),
  ).join('\n');
  const chosenChoices = useMemo(
    () => [
      <option key="" value="">
        Not chosen yet
      </option>,
      ...optionTitles
        .split('\n')
        .filter(Boolean)
        .map(title => (
          <option key={title} value={title}>
            {title}
          </option>
        )),
    ],
    [optionTitles],
  );

  return (
    <Box>
      <Typography variant="h5" component="h2" gutterBottom>
        {headings[mode](decision)}
      </Typography>
      {mode === 'supersede' && (
        <Typography variant="body2" color="textSecondary" paragraph>
          Saving records this as a new decision and marks #{decision?.number}{' '}
          superseded by it.
        </Typography>
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} md={7}>
          <form
            aria-label="Decision"
            noValidate
            onSubmit={event => {
              event.preventDefault();
              save();
            }}
          >
            <FormText
              id="stackscore-decision-template"
              select
              label="Template"
              field="templateId"
              value={form.templateId}
              onField={chooseTemplate}
              helperText={
                template?.summary ??
                'Start from one of the recurring architecture questions: fills context, drivers and options from the guidance'
              }
              fullWidth
            >
              {templateChoices}
            </FormText>
            <Field>
              <FormText
                id="stackscore-decision-title"
                label="Title"
                field="title"
                value={form.title}
                onField={set}
                inputProps={requiredInput}
                problem={problem('title')}
                fullWidth
              />
            </Field>
            <Grid container spacing={2}>
              <Grid item xs={12} sm={6}>
                <Field>
                  <FormText
                    id="stackscore-decision-status"
                    select
                    label="Status"
                    field="status"
                    value={form.status}
                    onField={set}
                    disabled={superseded}
                    fullWidth
                  >
                    {statusChoices}
                  </FormText>
                </Field>
              </Grid>
              <Grid item xs={12} sm={6}>
                <Field>
                  <FormText
                    id="stackscore-decision-date"
                    type="date"
                    label="Date"
                    field="date"
                    value={form.date}
                    onField={set}
                    problem={problem('date')}
                    helperText="When it was decided or last revised"
                    fullWidth
                  />
                </Field>
              </Grid>
            </Grid>
            {textArea(
              'context',
              'Context',
              'Markdown: the situation and the problem to solve',
              4,
            )}
            {textArea(
              'drivers',
              'Drivers',
              'The forces the options are judged by, one per line',
              3,
            )}
            <OptionFields
              options={form.options}
              onChange={setOptions}
              problems={problems}
            />
            <Field>
              <FormText
                id="stackscore-decision-chosen"
                select
                label="Chosen option"
                field="chosenOption"
                value={form.chosenOption}
                onField={set}
                problem={problem('chosenOption')}
                fullWidth
              >
                {chosenChoices}
              </FormText>
            </Field>
            {textArea(
              'outcome',
              'Outcome',
              'Markdown: the decision and why it beat the other options',
              4,
            )}
            {textArea(
              'consequences',
              'Consequences',
              'Markdown: what becomes easier or harder',
              3,
            )}
            <Field>
              <FormText
                id="stackscore-decision-deciders"
                label="Deciders"
                field="deciders"
                value={form.deciders}
                onField={set}
                problem={problem('deciders')}
                helperText="User refs such as user:default/alice, or names; separated by commas"
                fullWidth
              />
            </Field>
            <Field>
              <TeamField
                id="stackscore-decision-team"
                value={form.team || undefined}
                onChange={setTeam}
                disabled={mode === 'edit'}
                helperText={
                  problem('scope.team') ??
                  (mode === 'edit'
                    ? 'Records are numbered per team, so the team cannot change; supersede the decision under the other team instead'
                    : 'The team the decision belongs to and is numbered under')
                }
              />
            </Field>
            <Field>
              <FormText
                id="stackscore-decision-entities"
                label="Entities"
                field="entities"
                value={form.entities}
                onField={set}
                problem={problem('scope.entities')}
                helperText="Catalog entities it governs, e.g. component:default/orders-api; one per line or separated by commas"
                multiline
                minRows={2}
                fullWidth
              />
            </Field>
            <LinkFields
              radarEntries={form.radarEntries}
              checks={form.checks}
              radarOptions={radarOptions}
              checkOptions={checkOptions}
              radarTitles={radarTitles}
              checkTitles={checkTitles}
              radarError={radar.error && serverMessage(radar.error)}
              checksError={checks.error && serverMessage(checks.error)}
              radarProblem={problem('links.radarEntries')}
              checksProblem={problem('links.checks')}
              onField={set}
            />
            <Field>
              <FormText
                id="stackscore-decision-tags"
                label="Tags"
                field="tags"
                value={form.tags}
                onField={set}
                problem={problem('tags')}
                helperText="Lower-case words joined by dashes, e.g. event-driven; separated by commas"
                fullWidth
              />
            </Field>

            {problems.length > 0 && (
              <Box mt={3}>
                <Alert severity="error">
                  <AlertTitle>Fix these before saving</AlertTitle>
                  <Box component="ul" m={0} pl={2}>
                    {problems.map(p => (
                      <li key={`${p.path}:${p.message}`}>{p.message}</li>
                    ))}
                  </Box>
                </Alert>
              </Box>
            )}
            {conflict && (
              <Box mt={3}>
                <Alert
                  severity="warning"
                  action={
                    <Button
                      color="inherit"
                      size="small"
                      onClick={reload}
                      disabled={reloading}
                    >
                      Reload
                    </Button>
                  }
                >
                  <AlertTitle>Someone else saved this decision</AlertTitle>
                  {conflict} Your edits are still here; reloading keeps them.
                </Alert>
              </Box>
            )}
            {reloaded && !conflict && (
              <Box mt={3}>
                <Alert severity="info">
                  Reloaded version {reloaded.version}
                  {reloaded.supersededBy
                    ? ', which has been superseded meanwhile'
                    : ''}
                  .{' '}
                  {mode === 'edit'
                    ? 'Fields you changed keep your text; the others show the latest. Save to apply your edits.'
                    : 'Your replacement is unchanged. Save to supersede the latest version.'}
                </Alert>
              </Box>
            )}
            {Boolean(error) && (
              <Box mt={3}>
                <Alert severity="error">
                  <AlertTitle>
                    {statusOf(error) === 403
                      ? 'You are not allowed to do this'
                      : 'The decision was not saved'}
                  </AlertTitle>
                  {serverMessage(error)}
                </Alert>
              </Box>
            )}
            <Box mt={3} display="flex" style={{ gap: 8 }}>
              <Button
                type="submit"
                color="primary"
                variant="contained"
                disabled={saving || reloading}
              >
                Save
              </Button>
              <Button onClick={onCancel} disabled={saving}>
                Cancel
              </Button>
            </Box>
          </form>
        </Grid>
        <Grid item xs={12} md={5}>
          <Paper
            component="section"
            aria-label="Preview"
            variant="outlined"
            style={{ position: 'sticky', top: 16 }}
          >
            <Preview form={previewForm} />
          </Paper>
        </Grid>
      </Grid>
    </Box>
  );
}
