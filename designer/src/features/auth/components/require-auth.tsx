import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useCredentials } from '../stores/credentials-store';

/** Sends a visitor without credentials to sign-in, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const credentials = useCredentials();
  const location = useLocation();
  if (!credentials) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}
