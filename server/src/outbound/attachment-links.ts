import type { Core } from '@strapi/strapi';
import { publicBaseUrl } from '../accounts/callback-url';
import type { MessageAttachment } from '../messages/message.types';
import { MAX_MESSAGE_CHARACTERS } from '../../../shared/contracts/messages/segments';
import { problem, type Problem } from '../../../shared/contracts/errors/problem';
import { fieldError, validationError } from '../utils/validate';

const UPLOAD_FILE_UID = 'plugin::upload.file';

interface UploadFileRow {
  id: number;
  name: string;
  mime: string | null;
  url: string;
}

const refuse = (why: Problem) => validationError([fieldError(['attachments'], why)]);

/**
 * SMS cannot carry files, so an agent's attachments travel as links: the Media Library files'
 * public URLs, one per line after the text. The 1,600-character limit counts them.
 */
export const createAttachmentLinks = (strapi: Core.Strapi) => ({
  /** The files of `ids` and the body with their links; a 400 saying what to change otherwise. */
  async attach(
    body: string,
    ids: number[],
    workstream: { name: string; allowAgentAttachments?: boolean | null } | null | undefined,
  ): Promise<{ body: string; attachments: MessageAttachment[] }> {
    if (ids.length === 0) return { body, attachments: [] };
    if (!workstream?.allowAgentAttachments) {
      throw refuse(
        workstream
          ? problem('attachments.notAllowed', { workstream: workstream.name })
          : problem('attachments.noWorkstream'),
      );
    }
    const rows = (await strapi.db.query(UPLOAD_FILE_UID).findMany({
      where: { id: { $in: ids } },
      select: ['id', 'name', 'mime', 'url'],
    })) as UploadFileRow[];
    const missing = ids.filter((id) => !rows.some((row) => row.id === id));
    if (missing.length > 0) {
      throw refuse(problem('attachments.unknownFiles', { ids: missing.join(', ') }));
    }
    const base = publicBaseUrl(strapi);
    const relative = rows.some((row) => !/^https?:\/\//i.test(row.url));
    if (relative && !base) {
      throw refuse(problem('attachments.noPublicUrl'));
    }
    const attachments = ids.map((id) => {
      const row = rows.find((candidate) => candidate.id === id) as UploadFileRow;
      const url = /^https?:\/\//i.test(row.url) ? row.url : `${base}${row.url}`;
      return { id: row.id, name: row.name, mime: row.mime, url };
    });
    const withLinks = `${body}\n${attachments.map((attachment) => attachment.url).join('\n')}`;
    const characters = Array.from(withLinks).length;
    if (characters > MAX_MESSAGE_CHARACTERS) {
      const over = characters - MAX_MESSAGE_CHARACTERS;
      throw validationError([
        fieldError(
          ['body'],
          problem('message.body.tooLongWithLinks', {
            attachments: attachments.length,
            linkCharacters: characters - Array.from(body).length,
            characters,
            max: MAX_MESSAGE_CHARACTERS,
            over,
          }),
        ),
      ]);
    }
    return { body: withLinks, attachments };
  },
});
