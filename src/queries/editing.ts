/**
 * Day-to-day editing: agreements, commitments, check-in corrections, target revisions, renewal,
 * the trash, the change history and custom templates. Every write re-reads every view (in this
 * tab and the others): an edit can change a list, a status, a chart and a history at once.
 */
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { addCheckIns, updateCheckIn, type NewCheckIn } from '../data/repositories/commitments';
import { closeAgreement, createAgreement, createCommitment, renewAgreement, reopenAgreement, reviseTarget, setAgreementArchived, updateAgreement, updateCommitment } from '../data/repositories/editing';
import type { ClosingPlan } from '../domain/editing/closingRules';
import { listHistory } from '../data/repositories/history';
import { deleteCustomTemplate, listCustomTemplates, saveCustomTemplate } from '../data/repositories/templates';
import { deleteAgreement, deleteCommitment, listTrash, purgeFromTrash, restoreFromTrash } from '../data/repositories/trash';
import type { AgreementFields } from '../domain/editing/agreementRules';
import type { CommitmentFields } from '../domain/editing/commitmentRules';
import type { RenewalOptions } from '../domain/editing/renewal';
import type { RevisionDraft } from '../domain/editing/revisionRules';
import type { CommitmentTemplate } from '../domain/editing/templates';
import { queryKeys } from './keys';
import { run } from './run';
import { useInvalidateData } from './snapshots';

export type { TrashRow } from '../data/db';

function useWrite<TInput, TOutput>(write: (input: TInput) => Promise<TOutput>) {
  const invalidate = useInvalidateData();
  return useMutation({ mutationFn: write, onSuccess: invalidate });
}

export const useCreateAgreement = () => useWrite((fields: AgreementFields) => run((db) => createAgreement(db, fields)));
export const useUpdateAgreement = (id: string) => useWrite(({ fields, rev }: { fields: AgreementFields; rev: number }) => run((db) => updateAgreement(db, id, fields, rev)));
export const useSetArchived = (id: string) => useWrite((archived: boolean) => run((db) => setAgreementArchived(db, id, archived)));
export const useDeleteAgreement = () => useWrite((id: string) => run((db) => deleteAgreement(db, id)));
export const useRenewAgreement = (id: string) => useWrite((options: RenewalOptions) => run((db) => renewAgreement(db, id, options)));
export const useCloseAgreement = (id: string) => useWrite(({ plan, rev }: { plan: ClosingPlan; rev: number }) => run((db) => closeAgreement(db, id, plan, rev)));
export const useReopenAgreement = (id: string) => useWrite((rev: number) => run((db) => reopenAgreement(db, id, rev)));

export const useCreateCommitment = (agreementId: string) => useWrite((fields: CommitmentFields) => run((db) => createCommitment(db, agreementId, fields)));
export const useUpdateCommitment = (id: string) => useWrite(({ fields, rev }: { fields: CommitmentFields; rev: number }) => run((db) => updateCommitment(db, id, fields, rev)));
export const useDeleteCommitment = () => useWrite((id: string) => run((db) => deleteCommitment(db, id)));
export const useReviseTarget = (id: string) => useWrite(({ draft, value, rev }: { draft: RevisionDraft; value: number; rev: number }) => run((db) => reviseTarget(db, id, draft, value, rev)));
export const useUpdateCheckIn = (commitmentId: string) =>
  useWrite(({ checkInId, input, rev }: { checkInId: string; input: NewCheckIn; rev: number }) => run((db) => updateCheckIn(db, commitmentId, checkInId, input, rev)));

export const trashQuery = () => queryOptions({ queryKey: queryKeys.trash(), queryFn: () => run((db) => listTrash(db)) });
export const useTrash = () => useQuery(trashQuery());
export const useRestoreFromTrash = () => useWrite((id: string) => run((db) => restoreFromTrash(db, id)));
export const usePurgeFromTrash = () => useWrite((id: string) => run((db) => purgeFromTrash(db, id)));

export const historyQuery = (recordId: string) => queryOptions({ queryKey: queryKeys.history(recordId), queryFn: () => run((db) => listHistory(db, recordId)) });
export const useHistory = (recordId: string) => useQuery(historyQuery(recordId));

export const templatesQuery = () => queryOptions({ queryKey: queryKeys.templates(), queryFn: () => run((db) => listCustomTemplates(db)) });
export const useCustomTemplates = () => useQuery(templatesQuery());
export const useSaveTemplate = () => useWrite((template: Omit<CommitmentTemplate, 'id' | 'custom'>) => run((db) => saveCustomTemplate(db, template)));
export const useDeleteTemplate = () => useWrite((id: string) => run((db) => deleteCustomTemplate(db, id)));

export const useAddCheckIns = () => useWrite((items: { commitmentId: string; input: NewCheckIn }[]) => run((db) => addCheckIns(db, items)));
