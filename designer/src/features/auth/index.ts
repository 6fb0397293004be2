export { SignInPage } from './components/sign-in-page';
export { RequireAuth } from './components/require-auth';
export { RequirePermission } from './components/require-permission';
export { getCredentials, setCredentials, signOut, authHeaders, useCredentials, type Credentials } from './stores/credentials-store';
export { useCurrentUser, currentUserQueryOptions, type CurrentUser } from './api/get-current-user';
export { usePermission } from './hooks/use-permission';
export { can, permissions, type Permission } from './lib/permissions';
