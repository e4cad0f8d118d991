import type { Core } from '@strapi/strapi';
import { publicBaseUrl } from '../accounts/callback-url';
import type { MessageAttachment } from '../messages/message.types';
import { MAX_MESSAGE_CHARACTERS } from '../messages/segments';
import { fieldError, validationError } from '../utils/validate';

const UPLOAD_FILE_UID = 'plugin::upload.file';

interface UploadFileRow {
  id: number;
  name: string;
  mime: string | null;
  url: string;
}

const refuse = (message: string) => validationError([fieldError(['attachments'], message)]);

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
          ? `The workstream "${workstream.name}" does not let agents send attachments. Send the text alone, or turn on "Agents may send attachments" in the workstream.`
          : 'This conversation is in no workstream, so agents may not send attachments in it. Send the text alone.',
      );
    }
    const rows = (await strapi.db.query(UPLOAD_FILE_UID).findMany({
      where: { id: { $in: ids } },
      select: ['id', 'name', 'mime', 'url'],
    })) as UploadFileRow[];
    const missing = ids.filter((id) => !rows.some((row) => row.id === id));
    if (missing.length > 0) {
      throw refuse(
        `No Media Library file has the id ${missing.join(', ')}; upload the file first or pick another.`,
      );
    }
    const base = publicBaseUrl(strapi);
    const relative = rows.some((row) => !/^https?:\/\//i.test(row.url));
    if (relative && !base) {
      throw refuse(
        'Attachments are sent as links, but this app does not know its public URL. Set `publicUrl` in the ' +
          'sms-channel plugin config or `url` in config/server, then restart Strapi.',
      );
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
          `With the links of its ${attachments.length === 1 ? 'attachment' : `${attachments.length} attachments`} ` +
            `(${characters - Array.from(body).length} characters), the message is ${characters} characters long; ` +
            `an SMS can be at most ${MAX_MESSAGE_CHARACTERS}. Shorten the text by ${over} ` +
            `${over === 1 ? 'character' : 'characters'} or attach fewer files.`,
        ),
      ]);
    }
    return { body: withLinks, attachments };
  },
});
