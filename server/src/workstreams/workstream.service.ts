import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createNumberRepository } from '../numbers/number.repository';
import { mapPage, type Page, type PageRequest } from '../utils/pagination';
import { fieldError, validationError, type FieldError } from '../utils/validate';
import { DEFAULT_LANGUAGE, WORKSTREAM_LANGUAGES } from '../../../shared/contracts/workstreams/languages';
import { createWorkstreamRepository, type WorkstreamData } from './workstream.repository';
import {
  AUTO_CLOSE_HOURS,
  type WorkstreamCreateInput,
  type WorkstreamUpdateInput,
} from '../../../shared/contracts/workstreams/workstream.schema';
import type {
  WorkstreamDeletion,
  WorkstreamOptions,
  WorkstreamRecord,
  WorkstreamView,
} from './workstream.types';
import { toWorkstreamView } from './workstream.view';
import { errorArguments, problem } from '../../../shared/contracts/errors/problem';

export const workstreamService = ({ strapi }: { strapi: Core.Strapi }) => {
  const workstreams = createWorkstreamRepository(strapi);
  const numbers = createNumberRepository(strapi);

  const findOr404 = async (documentId: string): Promise<WorkstreamRecord> => {
    const workstream = await workstreams.findByDocumentId(documentId);
    if (!workstream) {
      throw new errors.NotFoundError(...errorArguments('workstream.notFound', { id: documentId }));
    }
    return workstream;
  };

  /**
   * Row ids for the requested numbers. A number routes to one workstream only, so one that is
   * already in another workstream is refused, naming it, rather than silently moved.
   */
  const resolveNumbers = async (documentIds: string[], ownId: number | null): Promise<number[]> => {
    const found = new Map((await numbers.findByDocumentIds(documentIds)).map((row) => [row.documentId, row]));
    const problems: FieldError[] = [];
    documentIds.forEach((documentId, index) => {
      const path = ['numberIds', String(index)];
      const number = found.get(documentId);
      if (!number) {
        problems.push(fieldError(path, problem('workstream.numberIds.unknown', { id: documentId })));
      } else if (number.workstream && number.workstream.id !== ownId) {
        problems.push(
          fieldError(
            path,
            problem('workstream.numberIds.inOtherWorkstream', {
              number: number.digits,
              workstream: number.workstream.name,
            }),
          ),
        );
      }
    });
    if (problems.length) throw validationError(problems);
    return documentIds.map((documentId) => (found.get(documentId) as { id: number }).id);
  };

  return {
    options(): WorkstreamOptions {
      return {
        languages: [...WORKSTREAM_LANGUAGES],
        defaultLanguage: DEFAULT_LANGUAGE,
        autoCloseAfterHours: { ...AUTO_CLOSE_HOURS },
      };
    },

    async list(page: PageRequest): Promise<Page<WorkstreamView>> {
      return mapPage(await workstreams.findPage(page), toWorkstreamView);
    },

    async get(documentId: string): Promise<WorkstreamView> {
      return toWorkstreamView(await findOr404(documentId));
    },

    // The check and the write share a transaction, so a refused request changes nothing.
    async create(input: WorkstreamCreateInput): Promise<WorkstreamView> {
      const created = await strapi.db.transaction(async () => {
        const { numberIds, ...fields } = input;
        return workstreams.create({ ...fields, numbers: await resolveNumbers(numberIds, null) });
      });
      return toWorkstreamView(created);
    },

    async update(documentId: string, input: WorkstreamUpdateInput): Promise<WorkstreamView> {
      const updated = await strapi.db.transaction(async () => {
        const current = await findOr404(documentId);
        const { numberIds, ...fields } = input;
        const changes: Partial<WorkstreamData> = { ...fields };
        if (numberIds !== undefined) changes.numbers = await resolveNumbers(numberIds, current.id);
        return workstreams.update(current.id, changes);
      });
      return toWorkstreamView(updated);
    },

    async remove(documentId: string): Promise<WorkstreamDeletion> {
      const workstream = await findOr404(documentId);
      await workstreams.delete(workstream.id);
      const released = workstream.numbers.map((number) => number.digits);
      return {
        documentId: workstream.documentId,
        name: workstream.name,
        releasedNumbers: released,
        message:
          `Deleted the workstream "${workstream.name}".` +
          (released.length ? ` Its numbers (${released.join(', ')}) are kept, without a workstream.` : ''),
      };
    },
  };
};
