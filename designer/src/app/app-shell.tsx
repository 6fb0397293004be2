import { useQueryClient } from '@tanstack/react-query';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { NoticeRegion, ThemeToggle } from '@/components';
import { RequireAuth, signOut, useCurrentUser, usePermission } from '@/features/auth';

/** The frame around every signed-in page: navigation, theme, who is signed in, sign-out and status messages. */
export function AppShell() {
  return (
    <RequireAuth>
      <SignedInShell />
    </RequireAuth>
  );
}

function SignedInShell() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const administer = usePermission('administer');
  return (
    <>
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
                <NavLink to="/dashboard">Dashboard</NavLink>
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
              {administer ? (
                <>
                  <li>
                    <NavLink to="/audit">Audit</NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin">Admin</NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <span className="spacer" />
          <ThemeToggle />
          {user.data?.name ? (
            <span className="muted shell__user" data-testid="signed-in-as">
              {user.data.name}
            </span>
          ) : null}
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => {
              signOut(location.pathname + location.search);
              queryClient.clear();
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
    </>
  );
}
