import type { Pagination } from '../../../shared/contracts/pagination';

// The query's rules are part of the contract the admin shares (shared/contracts/pagination.ts).
export {
  paginationQuerySchema,
  type PageRequest,
  type Pagination,
} from '../../../shared/contracts/pagination';

export interface Page<T> {
  results: T[];
  pagination: Pagination;
}

export const mapPage = <T, U>(page: Page<T>, map: (item: T) => U): Page<U> => ({
  results: page.results.map(map),
  pagination: page.pagination,
});
