import { z } from 'zod';

/** The setup lists are short; one page of 100 shows every account, number or workstream of most apps. */
const MAX_PAGE_SIZE = 100;

export const paginationQuerySchema = z.object({
  page: z.coerce
    .number({ error: 'page must be a whole number from 1 up.' })
    .int('page must be a whole number from 1 up.')
    .min(1, 'page must be a whole number from 1 up.')
    .default(1),
  pageSize: z.coerce
    .number({ error: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}.` })
    .int(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}.`)
    .min(1, `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}.`)
    .max(MAX_PAGE_SIZE, `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}.`)
    .default(MAX_PAGE_SIZE),
});

export type PageRequest = z.output<typeof paginationQuerySchema>;

/** `meta.pagination` of every list answer, as Strapi's query engine computes it. */
export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface Page<T> {
  results: T[];
  pagination: Pagination;
}

export const mapPage = <T, U>(page: Page<T>, map: (item: T) => U): Page<U> => ({
  results: page.results.map(map),
  pagination: page.pagination,
});
