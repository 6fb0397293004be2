export { SignInPage } from './components/sign-in-page';
export { RequireAuth } from './components/require-auth';
export { getCredentials, setCredentials, authHeaders, useCredentials, type Credentials } from './stores/credentials-store';
