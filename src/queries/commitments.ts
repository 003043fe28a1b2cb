import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { addCheckIn, deleteCheckIn, getCommitmentDetail, restoreCheckIn, type NewCheckIn } from '../data/repositories/commitments';
import type { CheckIn } from '../domain/model';
import { queryKeys } from './keys';
import { run } from './run';
import { useInvalidateData } from './snapshots';

export type { CommitmentDetail } from '../data/repositories/commitments';

export const commitmentQuery = (id: string) =>
  queryOptions({ queryKey: queryKeys.commitment(id), queryFn: () => run((db) => getCommitmentDetail(db, id)) });
export const useCommitment = (id: string) => useQuery(commitmentQuery(id));

/** Records a progress report; every view that shows it is re-read, in this tab and the others. */
export function useAddCheckIn(commitmentId: string) {
  const invalidate = useInvalidateData();
  return useMutation({ mutationFn: (input: NewCheckIn) => run((db) => addCheckIn(db, commitmentId, input)), onSuccess: invalidate });
}

export function useDeleteCheckIn(commitmentId: string) {
  const invalidate = useInvalidateData();
  return useMutation({ mutationFn: (checkInId: string) => run((db) => deleteCheckIn(db, commitmentId, checkInId)), onSuccess: invalidate });
}

export function useRestoreCheckIn(commitmentId: string) {
  const invalidate = useInvalidateData();
  return useMutation({ mutationFn: (checkIn: CheckIn) => run((db) => restoreCheckIn(db, commitmentId, checkIn)), onSuccess: invalidate });
}
