import { useRef, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ApiKeysPanel } from './api-keys-panel';
import { UsersPanel } from './users-panel';

const tabs = [
  { id: 'users', label: 'Users' },
  { id: 'api-keys', label: 'API keys' },
] as const;

type TabId = (typeof tabs)[number]['id'];

/** Administration: built-in users and API keys, one tab each (`?tab=api-keys`). */
export function AdminPage() {
  const [params, setParams] = useSearchParams();
  const current: TabId = params.get('tab') === 'api-keys' ? 'api-keys' : 'users';
  const refs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});
  const select = (id: TabId, focus = false) => {
    setParams(id === 'users' ? {} : { tab: id }, { replace: true });
    if (focus) refs.current[id]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    select(current === 'users' ? 'api-keys' : 'users', true);
  };

  return (
    <div className="page">
      <header className="page__header">
        <h1>Administration</h1>
      </header>
      <div className="page-tabs" role="tablist" aria-label="Administration" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[tab.id] = element;
            }}
            type="button"
            role="tab"
            id={`admin-tab-${tab.id}`}
            aria-selected={current === tab.id}
            aria-controls={`admin-panel-${tab.id}`}
            tabIndex={current === tab.id ? 0 : -1}
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`admin-panel-${current}`} aria-labelledby={`admin-tab-${current}`}>
        {current === 'users' ? <UsersPanel targetId={params.get('user')} /> : <ApiKeysPanel targetId={params.get('key')} />}
      </div>
    </div>
  );
}
