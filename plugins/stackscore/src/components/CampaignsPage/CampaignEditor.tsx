import { useState, type ChangeEvent } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';
import {
  campaignCreateSchema,
  campaignUpdateSchema,
  checkLevels,
  scorecardIds,
  type Campaign,
  type CampaignCreateRequest,
  type CampaignUpdateRequest,
  type CheckLevel,
  type ScorecardId,
} from '@stackscore/plugin-stackscore-common';
import { stackscoreApiRef } from '../../api';
import { serverMessage, statusOf } from '../shared/responseErrors';

/**
 * The editor's fields; lists are typed as comma-separated text.
 *
 * @internal
 */
export interface CampaignForm {
  title: string;
  description: string;
  targetType: 'checks' | 'level';
  checks: string[];
  scorecard: ScorecardId;
  level: CheckLevel;
  owners: string;
  includeSubgroups: boolean;
  lifecycles: string;
  tags: string;
  systems: string;
  startDate: string;
  deadline: string;
  owner: string;
}

/** The form's fields that are typed as text. */
type TextKey = {
  [K in keyof CampaignForm]: CampaignForm[K] extends string ? K : never;
}[keyof CampaignForm];

const list = (text: string) =>
  text
    .split(',')
    .map(v => v.trim())
    .filter(Boolean);

/**
 * A blank form: starting today, deadline in 90 days.
 *
 * @internal
 */
export function blankCampaignForm(today = new Date()): CampaignForm {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    title: '',
    description: '',
    targetType: 'level',
    checks: [],
    scorecard: 'supply-chain',
    level: 'silver',
    owners: '',
    includeSubgroups: true,
    lifecycles: '',
    tags: '',
    systems: '',
    startDate: day(today),
    deadline: day(new Date(today.getTime() + 90 * 24 * 60 * 60 * 1000)),
    owner: '',
  };
}

/**
 * The form filled from a stored campaign.
 *
 * @internal
 */
export function campaignForm(campaign: Campaign): CampaignForm {
  const { target, scope } = campaign;
  return {
    title: campaign.title,
    description: campaign.description,
    targetType: target.type,
    checks: target.type === 'checks' ? target.checks : [],
    scorecard: target.type === 'level' ? target.scorecard : 'supply-chain',
    level: target.type === 'level' ? target.level : 'silver',
    owners: scope.owners.join(', '),
    includeSubgroups: scope.includeSubgroups,
    lifecycles: scope.lifecycles.join(', '),
    tags: scope.tags.join(', '),
    systems: scope.systems.join(', '),
    startDate: campaign.startDate,
    deadline: campaign.deadline,
    owner: campaign.owner,
  };
}

/**
 * The request body a form stands for.
 *
 * @internal
 */
export function campaignRequest(form: CampaignForm): CampaignCreateRequest {
  return {
    title: form.title,
    description: form.description,
    target:
      form.targetType === 'checks'
        ? { type: 'checks', checks: form.checks }
        : { type: 'level', scorecard: form.scorecard, level: form.level },
    scope: {
      owners: list(form.owners),
      includeSubgroups: form.includeSubgroups,
      lifecycles: list(form.lifecycles),
      tags: list(form.tags),
      systems: list(form.systems),
    },
    startDate: form.startDate,
    deadline: form.deadline,
    owner: form.owner.trim(),
  };
}

/** The form field an issue of the request body belongs to. */
function fieldOfIssue(
  path: readonly PropertyKey[],
  form: CampaignForm,
): string {
  const [key = 'form', inner] = path.map(String);
  if (key === 'scope') {
    return ['lifecycles', 'tags', 'systems'].includes(inner) ? inner : 'owners';
  }
  if (key === 'target') {
    return form.targetType === 'checks' ? 'checks' : 'scorecard';
  }
  return key;
}

/**
 * The form for a new campaign or a change to one (with the version it was based on). Input is checked with
 * the API's own schema before it is sent; the server's messages are shown as they come, and a 409 keeps what
 * was typed.
 *
 * @internal
 */
export function CampaignEditor({
  initial,
  existing,
  onSaved,
  onCancel,
}: {
  initial: CampaignForm;
  /** The campaign being changed; absent for a new one. */
  existing?: Campaign;
  onSaved: (campaign: Campaign) => void;
  onCancel: () => void;
}) {
  const api = useApi(stackscoreApiRef);
  const checks = useAsync(() => api.getChecks(), [api]);
  const [form, setForm] = useState(initial);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof CampaignForm>(key: K, value: CampaignForm[K]) =>
    setForm(current => ({ ...current, [key]: value }));

  async function save() {
    const body = existing
      ? { ...campaignRequest(form), version: existing.version }
      : campaignRequest(form);
    const parsed = (
      existing ? campaignUpdateSchema : campaignCreateSchema
    ).safeParse(body);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = fieldOfIssue(issue.path, form);
        found[field] ??= issue.message;
      }
      setIssues(found);
      return;
    }
    setIssues({});
    setError(undefined);
    setSaving(true);
    try {
      const saved = existing
        ? await api.updateCampaign(
            existing.id,
            parsed.data as CampaignUpdateRequest,
          )
        : await api.createCampaign(parsed.data as CampaignCreateRequest);
      onSaved(saved);
    } catch (e) {
      const status = statusOf(e);
      setError(
        status === 409
          ? `${serverMessage(
              e,
            )} Your edits are kept here: reload the campaign in another tab, compare, and save again.`
          : serverMessage(e),
      );
    } finally {
      setSaving(false);
    }
  }

  const field = (key: keyof CampaignForm) => ({
    error: !!issues[key],
    helperText: issues[key],
  });
  /** A text field's id (from its label, e.g. `campaign-start-date`), value, change handler and error. */
  const text = (key: TextKey, label: string) => ({
    id: `campaign-${label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-$/, '')}`,
    label,
    value: form[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(key, e.target.value),
    ...field(key),
  });
  const checkOptions = checks.value?.items ?? [];
  const titles = new Map(checkOptions.map(c => [c.id, c.title]));

  return (
    <InfoCard title={existing ? `Edit ${existing.title}` : 'New campaign'}>
      <Box display="grid" style={{ gap: 16, maxWidth: 900 }}>
        <TextField {...text('title', 'Title')} required />
        <TextField
          {...text('description', 'Description (markdown)')}
          multiline
          minRows={3}
        />
        <FormControl component="fieldset">
          <FormLabel component="legend">Target</FormLabel>
          <RadioGroup
            row
            value={form.targetType}
            onChange={e =>
              set('targetType', e.target.value as CampaignForm['targetType'])
            }
          >
            <FormControlLabel
              value="level"
              control={<Radio />}
              label="A scorecard level"
            />
            <FormControlLabel
              value="checks"
              control={<Radio />}
              label="Specific checks"
            />
          </RadioGroup>
        </FormControl>
        {form.targetType === 'level' ? (
          <Box display="flex" style={{ gap: 16 }}>
            <TextField
              id="campaign-scorecard"
              select
              SelectProps={{ native: true }}
              InputLabelProps={{ shrink: true }}
              label="Scorecard"
              value={form.scorecard}
              onChange={e => set('scorecard', e.target.value as ScorecardId)}
              style={{ minWidth: 200 }}
              {...field('scorecard')}
            >
              {scorecardIds.map(id => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </TextField>
            <TextField
              id="campaign-level"
              select
              SelectProps={{ native: true }}
              InputLabelProps={{ shrink: true }}
              label="Level"
              value={form.level}
              onChange={e => set('level', e.target.value as CheckLevel)}
              style={{ minWidth: 160 }}
            >
              {checkLevels.map(level => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </TextField>
          </Box>
        ) : (
          <Autocomplete
            multiple
            options={checkOptions.map(c => c.id)}
            value={form.checks}
            onChange={(_e, value) => set('checks', value as string[])}
            getOptionLabel={id => `${id} — ${titles.get(id) ?? ''}`}
            loading={checks.loading}
            renderInput={params => (
              <TextField
                {...params}
                label="Checks"
                placeholder="security.sast-in-ci"
                {...field('checks')}
              />
            )}
          />
        )}
        <FormLabel component="legend">
          Scope (empty fields match everything)
        </FormLabel>
        <TextField
          {...text('owners', 'Owners')}
          placeholder="group:default/payments, group:default/search"
        />
        <FormControlLabel
          control={
            <Switch
              checked={form.includeSubgroups}
              onChange={e => set('includeSubgroups', e.target.checked)}
            />
          }
          label="Include subgroups of these owners"
        />
        <Box
          display="grid"
          style={{ gap: 16, gridTemplateColumns: '1fr 1fr 1fr' }}
        >
          <TextField
            {...text('lifecycles', 'Lifecycles')}
            placeholder="production"
          />
          <TextField {...text('tags', 'Tags')} placeholder="pci" />
          <TextField
            {...text('systems', 'Systems')}
            placeholder="system:default/checkout"
          />
        </Box>
        <Box
          display="grid"
          style={{ gap: 16, gridTemplateColumns: '1fr 1fr 1fr' }}
        >
          <TextField
            {...text('startDate', 'Start date')}
            type="date"
            InputLabelProps={{ shrink: true }}
          />
          <TextField
            {...text('deadline', 'Deadline')}
            type="date"
            InputLabelProps={{ shrink: true }}
          />
          <TextField
            {...text('owner', 'Campaign owner')}
            required
            placeholder="group:default/platform"
          />
        </Box>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <Box display="flex" style={{ gap: 8 }}>
          <Button
            variant="contained"
            color="primary"
            onClick={save}
            disabled={saving}
          >
            {existing ? 'Save' : 'Start campaign'}
          </Button>
          <Button onClick={onCancel}>Cancel</Button>
        </Box>
      </Box>
    </InfoCard>
  );
}
