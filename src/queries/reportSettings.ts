import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getReportSettings, setReportSettings } from '../data/repositories/reportSettings';
import type { OfficialReportSettings } from '../domain/exchange/reportSettings';
import { announceChange } from './crossTab';
import { queryKeys } from './keys';
import { run } from './run';

const reportSettingsKey = (scope: string) => [...queryKeys.all, 'report-settings', scope] as const;

export const reportSettingsQuery = (scope: string) => queryOptions({ queryKey: reportSettingsKey(scope), queryFn: () => run((db) => getReportSettings(db, scope)) });
export const useReportSettings = (scope: string) => useQuery(reportSettingsQuery(scope));

export function useSaveReportSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ scope, settings }: { scope: string; settings: OfficialReportSettings }) => run((db) => setReportSettings(db, scope, settings)),
    onSuccess: (_v, { scope, settings }) => {
      announceChange();
      client.setQueryData(reportSettingsKey(scope), settings);
    },
  });
}
