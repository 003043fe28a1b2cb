import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getUserName, setUserName } from '../data/repositories/settings';
import { queryKeys } from './keys';
import { run } from './run';

export const userNameQuery = () => queryOptions({ queryKey: queryKeys.userName(), queryFn: () => run((db) => getUserName(db)) });
export const useUserName = () => useQuery(userNameQuery());

export function useSetUserName() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => run((db) => setUserName(db, name)),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.userName() }),
  });
}
