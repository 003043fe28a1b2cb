import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAgreementDetail, listAgreements } from '../data/repositories/agreements';
import { queryKeys } from './keys';

export type { AgreementDetail, AgreementSummary } from '../data/repositories/agreements';
import { run } from './run';

export const agreementsQuery = () =>
  queryOptions({ queryKey: queryKeys.agreements(), queryFn: () => run((db) => listAgreements(db)) });
export const useAgreements = () => useQuery(agreementsQuery());

export const agreementQuery = (id: string) =>
  queryOptions({ queryKey: queryKeys.agreement(id), queryFn: () => run((db) => getAgreementDetail(db, id)) });
export const useAgreement = (id: string) => useQuery(agreementQuery(id));
