import { useNotices } from './notices-store';

export function NoticeRegion() {
  const notices = useNotices((state) => state.notices);
  const dismiss = useNotices((state) => state.dismiss);
  return (
    <div className="notices">
      <div role="status" aria-live="polite" className="notices__list">
        {notices
          .filter((n) => n.tone !== 'error')
          .map((n) => (
            <div key={n.id} className={`notice notice--${n.tone}`}>
              <span>{n.message}</span>
              <button type="button" className="icon-btn" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
                <span aria-hidden="true">✕</span>
              </button>
            </div>
          ))}
      </div>
      <div role="alert" className="notices__list">
        {notices
          .filter((n) => n.tone === 'error')
          .map((n) => (
            <div key={n.id} className="notice notice--error">
              <span>{n.message}</span>
              <button type="button" className="icon-btn" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
                <span aria-hidden="true">✕</span>
              </button>
            </div>
          ))}
      </div>
    </div>
  );
}
