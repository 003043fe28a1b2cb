import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { countRecords, resetToDemoData, startEmpty } from '../data/repositories/datasets';
import { queryKeys } from './keys';
import { run } from './run';
import { useInvalidateData } from './snapshots';

export const countsQuery = () => queryOptions({ queryKey: queryKeys.counts(), queryFn: () => run((db) => countRecords(db)) });
export const useCounts = () => useQuery(countsQuery());

export function useResetToDemoData() {
  const invalidate = useInvalidateData();
  return useMutation({ mutationFn: () => run((db) => resetToDemoData(db)), onSuccess: invalidate });
}

export function useStartEmpty() {
  const invalidate = useInvalidateData();
  return useMutation({ mutationFn: () => run((db) => startEmpty(db)), onSuccess: invalidate });
}
