import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getBackupStatus, getUserName, setReminderDays, setUserName } from '../data/repositories/settings';
import { announceChange } from './crossTab';
import { queryKeys } from './keys';
import { run } from './run';

export const userNameQuery = () => queryOptions({ queryKey: queryKeys.userName(), queryFn: () => run((db) => getUserName(db)) });
export const useUserName = () => useQuery(userNameQuery());

export function useSetUserName() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => run((db) => setUserName(db, name)),
    onSuccess: () => {
      announceChange();
      return client.invalidateQueries({ queryKey: queryKeys.userName() });
    },
  });
}

export type { BackupStatus } from '../data/repositories/settings';
export { backupDue } from '../data/repositories/settings';

export const backupStatusQuery = () => queryOptions({ queryKey: queryKeys.backup(), queryFn: () => run((db) => getBackupStatus(db)) });
export const useBackupStatus = () => useQuery(backupStatusQuery());

export function useSetReminderDays() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (days: number) => run((db) => setReminderDays(db, days)),
    onSuccess: () => {
      announceChange();
      return client.invalidateQueries({ queryKey: queryKeys.backup() });
    },
  });
}
