import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice';
import { Loading } from './Loading';

/** Shows a query's loading and error states the same way everywhere, and its data once there. */
export function QueryView<T>({
  query,
  notFoundMessage,
  children,
}: {
  query: UseQueryResult<T>;
  notFoundMessage?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} notFoundMessage={notFoundMessage} />;
  return <>{children(query.data)}</>;
}
