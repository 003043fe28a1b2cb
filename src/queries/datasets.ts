import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { countRecords, resetToDemoData, startEmpty } from '../data/repositories/datasets';
import { queryKeys } from './keys';
import { run } from './run';

export const countsQuery = () => queryOptions({ queryKey: queryKeys.counts(), queryFn: () => run((db) => countRecords(db)) });
export const useCounts = () => useQuery(countsQuery());

/** After replacing the whole data set, every cached read is stale (except the "ready" marker). */
function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => q.queryKey[1] !== queryKeys.ready()[1] });
}

export function useResetToDemoData() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: () => run((db) => resetToDemoData(db)), onSuccess: invalidate });
}

export function useStartEmpty() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: () => run((db) => startEmpty(db)), onSuccess: invalidate });
}
