import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import type { StackscoreApi } from '../../api';
import { group } from '../EntityTeamStackscoreContent/testData';
import { entity, fakeApi } from '../shared/testData';
import { item, itemList } from '../shared/remediationTestData';
import { renderDecisions } from '../shared/__testUtils__/renderDecisions';
import { EntityRemediationContent } from './EntityRemediationContent';

jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: jest.fn(),
}));
const mockedUsePermission = usePermission as jest.MockedFunction<
  typeof usePermission
>;

function render(api: StackscoreApi, subject: Entity) {
  mockedUsePermission.mockReturnValue({ loading: false, allowed: true });
  return renderDecisions(
    api,
    '/catalog/default/component/checkout-api/remediation',
    <EntityProvider entity={subject}>
      <EntityRemediationContent />
    </EntityProvider>,
    '/catalog/:namespace/:kind/:name/remediation',
  );
}

describe('EntityRemediationContent', () => {
  it("lists a component's unresolved items and, on demand, its resolved ones", async () => {
    const listRemediations = jest.fn(async (options: any) =>
      options.status
        ? itemList([item({ dueDate: '2026-12-31', dueSource: 'campaign' })], {
            resolved: 2,
          })
        : itemList([
            item(),
            item({ id: 'r', status: 'resolved', checkId: 'slo.defined' }),
          ]),
    );
    await render(fakeApi({ listRemediations }), entity);
    expect(
      await screen.findByText('due 2026-12-31 (campaign)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Open: 1 · In progress: 0 · Exempted: 0 · Resolved: 2/),
    ).toBeInTheDocument();
    expect(listRemediations).toHaveBeenCalledWith({
      entity: 'component:default/checkout-api',
      status: ['open', 'in-progress', 'exempted'],
      limit: 500,
    });
    await userEvent.click(screen.getByLabelText('Show resolved'));
    expect(
      await screen.findByRole('link', { name: 'slo.defined' }),
    ).toBeInTheDocument();
  });

  it('says when nothing is open', async () => {
    await render(
      fakeApi({ listRemediations: async () => itemList([]) }),
      entity,
    );
    expect(
      await screen.findByText(
        /No open items: every check that applies passes or is exempted/,
      ),
    ).toBeInTheDocument();
  });

  it("shows a group's board, its subgroups included", async () => {
    const listRemediations = jest.fn(async () => itemList([item()]));
    await render(
      fakeApi({ listRemediations, listCampaigns: async () => ({ items: [] }) }),
      group,
    );
    const column = await screen.findByRole('region', { name: 'Open items' });
    expect(within(column).getByText('Open (1)')).toBeInTheDocument();
    await waitFor(() =>
      expect(listRemediations).toHaveBeenCalledWith(
        expect.objectContaining({
          owner: ['group:default/payments'],
          includeSubgroups: true,
        }),
      ),
    );
    // The team is the page's: no picker.
    expect(screen.queryByLabelText('Team')).toBeNull();
  });
});
