import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createAccountRepository } from '../accounts/account.repository';
import { isUniqueViolation } from '../database/unique-violation';
import type { PluginEventBus } from '../events/plugin-events';
import { mapPage, type Page, type PageRequest } from '../utils/pagination';
import { fieldError, validationError } from '../utils/validate';
import { businessNumberProblem } from '../../../shared/contracts/numbers/phone-number';
import { createNumberRepository, type NumberData } from './number.repository';
import type { NumberCreateInput, NumberUpdateInput } from '../../../shared/contracts/numbers/number.schema';
import type { NumberDeletion, NumberRecord, NumberView, SendingNumberView } from './number.types';
import { toNumberView, toSendingNumberView } from './number.view';
import { errorArguments, problem } from '../../../shared/contracts/errors/problem';

export const numberService = ({ strapi, events }: { strapi: Core.Strapi; events: PluginEventBus }) => {
  const numbers = createNumberRepository(strapi);
  const accounts = createAccountRepository(strapi);

  const accountOr404 = async (documentId: string) => {
    const account = await accounts.findByDocumentId(documentId);
    if (!account) {
      throw new errors.NotFoundError(...errorArguments('account.notFound', { id: documentId }));
    }
    return account;
  };

  const numberOr404 = async (documentId: string): Promise<NumberRecord> => {
    const number = await numbers.findByDocumentId(documentId);
    if (!number) {
      throw new errors.NotFoundError(...errorArguments('number.notFound', { id: documentId }));
    }
    return number;
  };

  /** The unique index on the digits decides, so two admins adding one number at once get one row. */
  const writeUnique = async (digits: string, write: () => Promise<NumberRecord>): Promise<NumberRecord> => {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const owner = (await numbers.findByDigits(digits))?.account;
      throw validationError([
        fieldError(
          ['number'],
          owner
            ? problem('number.number.takenByAccount', { digits, account: owner.name })
            : problem('number.number.taken', { digits }),
        ),
      ]);
    }
  };

  return {
    /** Every business number, for agents starting a conversation (a handful per app). */
    async listForSending(): Promise<SendingNumberView[]> {
      // Every number has its account (deleting an account deletes its numbers); this only narrows the type.
      return (await numbers.findAll()).flatMap((number) =>
        number.account ? [toSendingNumberView(number, number.account)] : [],
      );
    },

    async listForAccount(accountDocumentId: string, page: PageRequest): Promise<Page<NumberView>> {
      const account = await accountOr404(accountDocumentId);
      return mapPage(await numbers.findPageForAccount(account.id, page), toNumberView);
    },

    async create(accountDocumentId: string, input: NumberCreateInput): Promise<NumberView> {
      const account = await accountOr404(accountDocumentId);
      const data: NumberData = {
        digits: input.number,
        type: input.type,
        description: input.description ?? null,
      };
      const created = await writeUnique(data.digits, () => numbers.create(account.id, data));
      events.publish('account.changed', { accountId: account.id });
      return toNumberView(created);
    },

    async update(documentId: string, input: NumberUpdateInput): Promise<NumberView> {
      const current = await numberOr404(documentId);
      const digits = input.number ?? current.digits;
      const type = input.type ?? current.type;
      const problem = businessNumberProblem(digits, type);
      if (problem)
        throw validationError([fieldError([input.number === undefined ? 'type' : 'number'], problem)]);
      const changes: Partial<NumberData> = { digits, type };
      if (input.description !== undefined) changes.description = input.description;
      const updated = await writeUnique(digits, () => numbers.update(current.id, changes));
      events.publish('account.changed', { accountId: current.account?.id ?? null });
      return toNumberView(updated);
    },

    /** The number leaves its workstream with it; conversations keep its digits. */
    async remove(documentId: string): Promise<NumberDeletion> {
      const number = await numberOr404(documentId);
      await numbers.delete(number.id);
      events.publish('account.changed', { accountId: number.account?.id ?? null });
      const workstream = number.workstream
        ? { documentId: number.workstream.documentId, name: number.workstream.name }
        : null;
      return {
        documentId: number.documentId,
        number: number.digits,
        leftWorkstream: workstream,
        message:
          `Deleted the number ${number.digits}` +
          (workstream ? ` and took it out of the workstream "${workstream.name}"` : '') +
          '. Its conversations and messages were kept.',
      };
    },
  };
};
