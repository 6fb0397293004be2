import { Link, useRouteError } from 'react-router';
import { ErrorState } from '@/components';

export function RouteError({ notFound = false }: { notFound?: boolean }) {
  const error = useRouteError();
  if (notFound) {
    return (
      <div className="page state">
        <h1>Page not found</h1>
        <Link to="/">Back to the workflows</Link>
      </div>
    );
  }
  return (
    <div className="page">
      <ErrorState error={error} title="This page failed" />
      <Link to="/">Back to the workflows</Link>
    </div>
  );
}
