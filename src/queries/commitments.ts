import { queryOptions, useQuery } from '@tanstack/react-query';
import { getCommitmentDetail } from '../data/repositories/commitments';
import { queryKeys } from './keys';
import { run } from './run';

export type { CommitmentDetail } from '../data/repositories/commitments';

export const commitmentQuery = (id: string) =>
  queryOptions({ queryKey: queryKeys.commitment(id), queryFn: () => run((db) => getCommitmentDetail(db, id)) });
export const useCommitment = (id: string) => useQuery(commitmentQuery(id));
