import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadDemoDataOnFirstRun } from '../data/repositories/firstRun';
import { queryKeys } from './keys';
import { run } from './run';

/** Opens the database and, on the very first run, loads the demo agreements. */
export const databaseReadyQuery = () =>
  queryOptions({
    queryKey: queryKeys.ready(),
    queryFn: () => run((db) => loadDemoDataOnFirstRun(db)),
    staleTime: Infinity,
    gcTime: Infinity,
  });

export const useDatabaseReady = () => useQuery(databaseReadyQuery());
