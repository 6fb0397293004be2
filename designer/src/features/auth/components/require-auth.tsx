import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { signedOutOn, useCredentials } from '../stores/credentials-store';

/** Sends a visitor without credentials to sign-in, remembering where they were going (unless they signed out). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const credentials = useCredentials();
  const location = useLocation();
  const here = location.pathname + location.search;
  if (!credentials) return <Navigate to="/sign-in" replace state={signedOutOn(here) ? null : { from: here }} />;
  return children;
}
