import type { KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import { CostCenterTable } from './cost-center-table';
import { MappingTable } from './mapping-table';

const tabs = [
  { id: 'cost-centers', label: 'Cost centers' },
  { id: 'mappings', label: 'Mappings' },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** Master data for booking clinical activity to ERP cost centers; the tab is in the URL so it survives a reload. */
export function CostCentersPage() {
  const [params, setParams] = useSearchParams();
  const current: TabId = params.get('tab') === 'mappings' ? 'mappings' : 'cost-centers';
  const select = (tab: TabId) => setParams(tab === 'cost-centers' ? {} : { tab }, { replace: true });

  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Tab goes on into the panel.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = tabs[(tabs.findIndex((t) => t.id === current) + 1) % tabs.length]?.id ?? 'cost-centers';
    select(next);
    document.getElementById(`master-data-tab-${next}`)?.focus();
  };

  return (
    <div className="page">
      <header className="page__header">
        <h1>Cost centers</h1>
      </header>
      <p className="muted">
        The ERP’s cost centers, and which department, location or hospital service books to each. Validate Cost Center and Post ERP Invoice use them.
      </p>
      <div className="page-tabs" role="tablist" aria-label="Master data" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`master-data-tab-${tab.id}`}
            aria-selected={current === tab.id}
            aria-controls={`master-data-panel-${tab.id}`}
            tabIndex={current === tab.id ? 0 : -1}
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`master-data-panel-${current}`} aria-labelledby={`master-data-tab-${current}`}>
        {current === 'cost-centers' ? <CostCenterTable /> : <MappingTable />}
      </div>
    </div>
  );
}
