import { z } from 'zod';
import { codedIssue } from './errors/problem';

/** The setup lists are short; one page of 100 shows every account, number or workstream of most apps. */
const MAX_PAGE_SIZE = 100;

const PAGE_ISSUE = codedIssue('request.page.invalid');
const PAGE_SIZE_ISSUE = codedIssue('request.pageSize.invalid', { max: MAX_PAGE_SIZE });

export const paginationQuerySchema = z.object({
  page: z.coerce.number({ error: PAGE_ISSUE }).int(PAGE_ISSUE).min(1, PAGE_ISSUE).default(1),
  pageSize: z.coerce
    .number({ error: PAGE_SIZE_ISSUE })
    .int(PAGE_SIZE_ISSUE)
    .min(1, PAGE_SIZE_ISSUE)
    .max(MAX_PAGE_SIZE, PAGE_SIZE_ISSUE)
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
