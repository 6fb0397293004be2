import { NavLink, Outlet, useNavigate } from 'react-router';
import { NoticeRegion, ThemeToggle } from '@/components';
import { RequireAuth, setCredentials } from '@/features/auth';

/** The frame around every signed-in page: navigation, theme, sign-out and status messages. */
export function AppShell() {
  const navigate = useNavigate();
  return (
    <RequireAuth>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="shell">
        <header className="shell__bar">
          <span className="brand">HealthFlows</span>
          <nav aria-label="Main">
            <ul className="shell__nav">
              <li>
                <NavLink to="/" end>
                  Workflows
                </NavLink>
              </li>
              <li>
                <NavLink to="/instances">Instances</NavLink>
              </li>
              <li>
                <NavLink to="/dead-letters">Dead letters</NavLink>
              </li>
              <li>
                <NavLink to="/cost-centers">Cost centers</NavLink>
              </li>
            </ul>
          </nav>
          <span className="spacer" />
          <ThemeToggle />
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => {
              setCredentials(null);
              navigate('/sign-in');
            }}
          >
            Sign out
          </button>
        </header>
        <div className="shell__content" id="main">
          <Outlet />
        </div>
      </div>
      <NoticeRegion />
    </RequireAuth>
  );
}
