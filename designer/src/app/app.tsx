import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { createRouter } from './router';
import { setupApiClient } from './setup-api';

export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    setupApiClient(client);
    return client;
  });
  const [router] = useState(createRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
