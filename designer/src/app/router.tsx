import { createBrowserRouter, type RouteObject } from 'react-router';
import { Spinner } from '@/components';
import { SignInPage } from '@/features/auth';
import { AppShell } from './app-shell';
import { RouteError } from './route-error';

/** Pages beyond the list load on demand, so the first load stays small. */
export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Spinner />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('@/features/workflows')).WorkflowListPage }) },
      { path: 'workflows/:definitionId', lazy: async () => ({ Component: (await import('@/features/editor')).EditorPage }) },
      { path: 'instances', lazy: async () => ({ Component: (await import('@/features/instances')).InstancesPage }) },
      { path: 'instances/:instanceId', lazy: async () => ({ Component: (await import('./routes/instance-route')).InstanceRoute }) },
      { path: 'dead-letters', lazy: async () => ({ Component: (await import('@/features/dead-letters')).DeadLettersPage }) },
      { path: 'dead-letters/:deadLetterId', lazy: async () => ({ Component: (await import('@/features/dead-letters')).DeadLetterPage }) },
      { path: 'cost-centers', lazy: async () => ({ Component: (await import('@/features/cost-centers')).CostCentersPage }) },
      { path: 'dashboard', lazy: async () => ({ Component: (await import('@/features/dashboard')).DashboardPage }) },
      { path: 'audit', lazy: async () => ({ Component: (await import('./routes/audit-route')).AuditRoute }) },
      { path: 'admin', lazy: async () => ({ Component: (await import('./routes/admin-route')).AdminRoute }) },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
