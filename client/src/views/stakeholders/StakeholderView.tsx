import { useState } from 'react';
import { createStakeholder } from '@roundtable/shared';
import { useBoardSession } from '../../board/board-context.ts';
import { useReadOnly } from '../../board/use-read-only.ts';
import { useStore } from '../../lib/use-store.ts';
import { focusSidePanelField } from '../../side-panel/focus.ts';
import { AddOrganisationForm } from './AddOrganisationForm.tsx';
import { OrganisationLegend } from './OrganisationLegend.tsx';
import { StakeholderFilters } from './StakeholderFilters.tsx';
import { StakeholderMap } from './StakeholderMap.tsx';
import { StakeholderRegister } from './StakeholderRegister.tsx';
import { NO_FILTER, NO_ORGANISATION, organisations, stakeholderRows, type StakeholderFilter } from './stakeholder-facts.ts';
import '../../styles/stakeholders.css';

/** The stakeholder map (power × interest) with the register of the same stakeholders below it. */
export function StakeholderView() {
  const session = useBoardSession();
  const readOnly = useReadOnly(session);
  const plan = useStore(session.plan);
  const [filter, setFilter] = useState<StakeholderFilter>(NO_FILTER);
  const orgs = organisations(plan);
  const rows = stakeholderRows(plan, filter);
  const open = (id: string) => session.selectOnly(id);

  const addStakeholder = () => {
    // A new card joins the organisation the map is filtered to, so it does not vanish from view.
    const organisation = filter.organisation === 'all' || filter.organisation === NO_ORGANISATION ? null : filter.organisation;
    const fields = filter.sector === 'all' ? { organisation } : { organisation, sector: filter.sector };
    const result = createStakeholder(session.doc, fields, session.origin);
    if (!result.ok) return;
    open(result.id);
    focusSidePanelField('name');
  };

  return (
    <div className="stakeholder-view">
      <div className="toolbar">
        <button type="button" className="button button--primary" data-testid="add-stakeholder" onClick={addStakeholder} disabled={readOnly}>
          <span aria-hidden="true">+</span> Add stakeholder
        </button>
        <AddOrganisationForm disabled={readOnly} />
      </div>
      <div className="stakeholder-view__bar">
        <StakeholderFilters filter={filter} organisations={orgs} onChange={setFilter} />
        <OrganisationLegend organisations={orgs} onOpen={open} />
      </div>
      <StakeholderMap rows={rows} />
      <StakeholderRegister rows={rows} plan={plan} />
    </div>
  );
}
