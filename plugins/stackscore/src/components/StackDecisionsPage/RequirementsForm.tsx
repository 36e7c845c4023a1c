import { FormEvent, useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormLabel from '@material-ui/core/FormLabel';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import {
  StackRecommendRequest,
  StackRequirementId,
  requirementMatrix,
} from '@stackscore/plugin-stackscore-common';

type Constraints = NonNullable<StackRecommendRequest['constraints']>;
type Flag =
  | 'coldStartSensitive'
  | 'cpuHeavy'
  | 'mlNeeds'
  | 'existingJvmCodebase';
type Knowledge = 'unknown' | 'yes' | 'no';

const flags: Array<{ id: Flag; label: string }> = [
  { id: 'coldStartSensitive', label: 'Cold-start sensitive' },
  { id: 'cpuHeavy', label: 'CPU-heavy work' },
  { id: 'mlNeeds', label: 'ML needs' },
  { id: 'existingJvmCodebase', label: 'Existing JVM codebase' },
];

/** A positive number typed into a field, undefined when empty, NaN when it is not one. */
function positive(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : NaN;
}

/**
 * The requirement rows of the decision matrix as checkboxes, and the measurable constraints. Only what the
 * user states is sent: an unticked box means "does not matter", not "must not".
 *
 * @internal
 */
export function RequirementsForm({
  submitting,
  onSubmit,
}: {
  submitting: boolean;
  onSubmit: (request: StackRecommendRequest) => void;
}) {
  const [requirements, setRequirements] = useState<StackRequirementId[]>([]);
  const [p99, setP99] = useState('');
  const [rps, setRps] = useState('');
  const [checked, setChecked] = useState<Partial<Record<Flag, boolean>>>({});
  const [knowsSystems, setKnowsSystems] = useState<Knowledge>('unknown');

  const p99Ms = positive(p99);
  const rpsValue = positive(rps);
  const invalid = Number.isNaN(p99Ms) || Number.isNaN(rpsValue);

  const toggleRequirement = (id: StackRequirementId, on: boolean) =>
    setRequirements(current =>
      on
        ? // Kept in matrix order so the request reads like the matrix.
          requirementMatrix
            .map(row => row.id)
            .filter(r => r === id || current.includes(r))
        : current.filter(r => r !== id),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    const constraints: Constraints = {};
    if (p99Ms !== undefined) constraints.p99Ms = p99Ms;
    if (rpsValue !== undefined) constraints.rps = rpsValue;
    for (const flag of flags) {
      if (checked[flag.id]) constraints[flag.id] = true;
    }
    if (knowsSystems !== 'unknown') {
      constraints.teamKnowsSystemsProgramming = knowsSystems === 'yes';
    }
    const request: StackRecommendRequest = {};
    if (requirements.length > 0) request.requirements = requirements;
    if (Object.keys(constraints).length > 0) request.constraints = constraints;
    onSubmit(request);
  };

  return (
    <InfoCard
      title="Requirements and constraints"
      titleTypographyProps={{ component: 'h2' }}
      subheader="Tick what the service needs and state what you can measure; leave the rest"
    >
      <form onSubmit={submit} aria-label="Requirements and constraints">
        <Grid container spacing={3}>
          <Grid item xs={12} md={6}>
            <FormControl component="fieldset">
              <FormLabel component="legend">Requirements</FormLabel>
              <FormGroup>
                {requirementMatrix.map(row => (
                  <FormControlLabel
                    key={row.id}
                    control={
                      <Checkbox
                        color="primary"
                        checked={requirements.includes(row.id)}
                        onChange={(_event, on) => toggleRequirement(row.id, on)}
                        name={row.id}
                      />
                    }
                    label={row.title}
                  />
                ))}
              </FormGroup>
            </FormControl>
          </Grid>
          <Grid item xs={12} md={6}>
            <FormControl component="fieldset">
              <FormLabel component="legend">Constraints</FormLabel>
              <TextField
                id="stackscore-stack-p99"
                label="p99 latency target (ms)"
                type="number"
                margin="dense"
                value={p99}
                onChange={event => setP99(event.target.value)}
                inputProps={{ min: 0, step: 'any' }}
                error={Number.isNaN(p99Ms)}
                helperText={
                  Number.isNaN(p99Ms) ? 'A number above 0' : undefined
                }
              />
              <TextField
                id="stackscore-stack-rps"
                label="Requests per second per instance"
                type="number"
                margin="dense"
                value={rps}
                onChange={event => setRps(event.target.value)}
                inputProps={{ min: 0, step: 'any' }}
                error={Number.isNaN(rpsValue)}
                helperText={
                  Number.isNaN(rpsValue) ? 'A number above 0' : undefined
                }
              />
              <FormGroup>
                {flags.map(flag => (
                  <FormControlLabel
                    key={flag.id}
                    control={
                      <Checkbox
                        color="primary"
                        checked={Boolean(checked[flag.id])}
                        onChange={(_event, on) =>
                          setChecked(current => ({ ...current, [flag.id]: on }))
                        }
                        name={flag.id}
                      />
                    }
                    label={flag.label}
                  />
                ))}
              </FormGroup>
              <TextField
                id="stackscore-stack-systems"
                select
                label="Team knows systems programming"
                margin="dense"
                value={knowsSystems}
                onChange={event =>
                  setKnowsSystems(event.target.value as Knowledge)
                }
                SelectProps={{ native: true }}
              >
                <option value="unknown">Unknown</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </TextField>
            </FormControl>
          </Grid>
        </Grid>
        <Box mt={2}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={submitting || invalid}
          >
            Recommend
          </Button>
        </Box>
      </form>
    </InfoCard>
  );
}
