import { Progress, WarningPanel } from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Route,
  Routes,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router-dom';
import {
  DecisionContent,
  getDecisionTemplate,
  stackscoreDecisionCreatePermission,
  templateDecision,
} from '@stackscore/plugin-stackscore-common';
import { DecisionDetail } from '../DecisionDetail/DecisionDetail';
import { DecisionEditor } from '../DecisionEditor/DecisionEditor';
import { blankDecision } from '../DecisionEditor/form';
import { newDecisionQuery, useDecisionLinks } from '../shared/decisionLinks';
import { DecisionList } from './DecisionList';
import useAsync from 'react-use/esm/useAsync';

/**
 * Router state a view passes when it opens the editor on a prefilled record, e.g. the Stack decisions tab's
 * "Record as decision".
 *
 * @internal
 */
export interface NewDecisionState {
  draft?: DecisionContent;
}

function isDraft(value: unknown): value is DecisionContent {
  const draft = value as Partial<DecisionContent> | undefined;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    typeof draft.title === 'string' &&
    Array.isArray(draft.options) &&
    typeof draft.scope === 'object'
  );
}

/** What a new record starts with: a draft handed over, or a template and scope named in the address. */
function useInitialDecision(): DecisionContent {
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const draft = (location.state as NewDecisionState | null)?.draft;
  if (isDraft(draft)) return draft;

  const templateId = searchParams.get(newDecisionQuery.template);
  const base =
    templateId && getDecisionTemplate(templateId)
      ? templateDecision(templateId)
      : blankDecision();
  const team = searchParams.get(newDecisionQuery.team) ?? undefined;
  return {
    ...base,
    scope: {
      ...(team ? { team } : {}),
      entities: searchParams.getAll(newDecisionQuery.entity),
    },
  };
}

/** The signed-in user's entity ref, or undefined while it loads or when sign-in gives none. */
function useSignedInUserRef() {
  const identityApi = useApi(identityApiRef);
  const identity = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );
  return { loading: identity.loading, ref: identity.value?.userEntityRef };
}

function NewDecision() {
  const navigate = useNavigate();
  const links = useDecisionLinks();
  const base = useInitialDecision();
  const user = useSignedInUserRef();
  const { loading, allowed } = usePermission({
    permission: stackscoreDecisionCreatePermission,
  });
  if (loading || user.loading) return <Progress />;
  // Whoever writes the record is one of its deciders unless the draft already names them.
  const initial =
    base.deciders.length === 0 && user.ref
      ? { ...base, deciders: [user.ref] }
      : base;
  if (!allowed) {
    return (
      <WarningPanel
        severity="info"
        title="You cannot write decisions"
        message="Writing a decision record needs the stackscore.decision.create permission."
      />
    );
  }
  return (
    <DecisionEditor
      mode="create"
      initial={initial}
      onSaved={decision => navigate(links.decision(decision.id))}
      onCancel={() => navigate(links.list({ team: initial.scope.team }))}
    />
  );
}

function DecisionRoute() {
  const { id } = useParams();
  const location = useLocation();
  const importWarnings = (
    location.state as { importWarnings?: string[] } | null
  )?.importWarnings;
  if (!id) return null;
  // Keyed by id, so moving along a supersede chain starts each record's view afresh.
  return <DecisionDetail key={id} id={id} importWarnings={importWarnings} />;
}

/**
 * The Decisions tab: the list of decision records at its root, `new` for a new record (`?template=`,
 * `?team=`, `?entity=` prefill it; router state can hand over a whole draft) and `:id` for one record, so
 * every view can be linked to.
 *
 * @internal
 */
export function DecisionsPage() {
  return (
    <Routes>
      <Route path="/" element={<DecisionList />} />
      <Route path="new" element={<NewDecision />} />
      <Route path=":id" element={<DecisionRoute />} />
    </Routes>
  );
}
