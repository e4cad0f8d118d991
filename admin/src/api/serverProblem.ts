import { isFetchError } from '@strapi/strapi/admin';

import { translateProblem } from '../translations/translateProblem';

import { readProblem, type ServerProblem } from './readProblem';

/**
 * The server's problem with a failed request, in the admin's language; `null` when the request
 * never got an answer in Strapi's error shape (network failure, proxy page): callers then show
 * their own text.
 */
const serverProblem = (error: unknown): ServerProblem | null =>
  isFetchError(error) ? readProblem(error.response?.data, (problem) => translateProblem(problem)) : null;

export { serverProblem, type ServerProblem };
