import { queryOptions, useQuery } from '@tanstack/react-query';
import { listDirectory } from '../data/repositories/directory';
import { queryKeys } from './keys';
import { run } from './run';

export type { Directory } from '../data/repositories/directory';

export const directoryQuery = () => queryOptions({ queryKey: queryKeys.directory(), queryFn: () => run((db) => listDirectory(db)) });
export const useDirectory = () => useQuery(directoryQuery());
