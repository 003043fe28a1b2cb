import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadPortfolio } from '../data/repositories/portfolio';
import { queryKeys } from './keys';
import { run } from './run';

export const portfolioQuery = () => queryOptions({ queryKey: queryKeys.portfolio(), queryFn: () => run((db) => loadPortfolio(db)) });
export const usePortfolio = () => useQuery(portfolioQuery());
