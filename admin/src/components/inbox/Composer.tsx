import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

import { Box, Button, Field, Flex, Tag, Textarea, Typography, VisuallyHidden } from '@strapi/design-system';
import { Cross, Paperclip, PaperPlane } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { analyzeSegments, MAX_MESSAGE_CHARACTERS } from '../../../../server/src/messages/segments';
import { sendReply } from '../../api/conversations';
import { serverProblem } from '../../api/serverProblem';
import { uploadFiles, type UploadedFile } from '../../api/uploads';
import { getTranslation } from '../../utils/getTranslation';

import { SegmentCounter } from './SegmentCounter';

interface ComposerProps {
  conversationId: string;
  /** The workstream lets agents send files (as links in the SMS). */
  allowAttachments: boolean;
  /** Why nothing can be sent (the customer opted out); the composer is shown but disabled. */
  disabledReason: string | null;
  onSent: () => void;
}

/** Writes a reply with a live SMS cost; Ctrl+Enter (⌘+Enter on a Mac) sends it. */
const Composer = ({ conversationId, allowAttachments, disabledReason, onSent }: ComposerProps) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState<UploadedFile[]>([]);
  const [busy, setBusy] = useState<'sending' | 'uploading' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const analysis = analyzeSegments(text);
  const disabled = disabledReason !== null;
  const canSend =
    !disabled && busy === null && text.trim() !== '' && analysis.characters <= MAX_MESSAGE_CHARACTERS;

  const send = async () => {
    if (!canSend) {
      return;
    }
    setBusy('sending');
    setProblem(null);
    try {
      await sendReply(
        client,
        conversationId,
        text,
        attachments.map((file) => file.id),
      );
      setText('');
      setAttachments([]);
      onSent();
    } catch (error) {
      setProblem(
        serverProblem(error)?.message ??
          formatMessage({
            id: getTranslation('composer.sendFailed'),
            defaultMessage: 'The message could not be sent. Check your connection and try again.',
          }),
      );
    } finally {
      setBusy(null);
    }
  };

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0) {
      return;
    }
    setBusy('uploading');
    setProblem(null);
    try {
      const uploaded = await uploadFiles(client, files);
      setAttachments((current) => [...current, ...uploaded]);
    } catch (error) {
      setProblem(
        serverProblem(error)?.message ??
          formatMessage({
            id: getTranslation('composer.uploadFailed'),
            defaultMessage: 'The file could not be uploaded to the Media Library. Try again.',
          }),
      );
    } finally {
      setBusy(null);
    }
  };

  const sendOnShortcut = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Field.Root name="reply" error={problem ?? disabledReason ?? undefined}>
          <Field.Label>
            {formatMessage({ id: getTranslation('composer.label'), defaultMessage: 'Reply' })}
          </Field.Label>
          <Textarea
            value={text}
            disabled={disabled}
            placeholder={formatMessage({
              id: getTranslation('composer.placeholder'),
              defaultMessage: 'Write an SMS… (Ctrl+Enter or ⌘+Enter sends)',
            })}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
            onKeyDown={sendOnShortcut}
          />
          <Field.Error />
        </Field.Root>
        <SegmentCounter analysis={analysis} />
        {attachments.length > 0 ? (
          <Flex gap={2} wrap="wrap">
            {attachments.map((file) => (
              <Tag
                key={file.id}
                icon={<Cross />}
                label={formatMessage(
                  { id: getTranslation('composer.attachment.remove'), defaultMessage: 'Remove {name}' },
                  { name: file.name },
                )}
                onClick={() => setAttachments((current) => current.filter((other) => other.id !== file.id))}
              >
                {file.name}
              </Tag>
            ))}
          </Flex>
        ) : null}
        <Flex justifyContent="space-between" gap={2}>
          {allowAttachments ? (
            <>
              <VisuallyHidden>
                <input ref={fileInput} type="file" multiple onChange={attach} tabIndex={-1} />
              </VisuallyHidden>
              <Button
                variant="tertiary"
                startIcon={<Paperclip />}
                disabled={disabled || busy !== null}
                loading={busy === 'uploading'}
                onClick={() => fileInput.current?.click()}
              >
                {formatMessage({ id: getTranslation('composer.attach'), defaultMessage: 'Attach files' })}
              </Button>
            </>
          ) : (
            <Typography variant="pi" textColor="neutral500">
              {formatMessage({
                id: getTranslation('composer.noAttachments'),
                defaultMessage: 'This workstream does not let agents send attachments.',
              })}
            </Typography>
          )}
          <Button startIcon={<PaperPlane />} disabled={!canSend} loading={busy === 'sending'} onClick={send}>
            {formatMessage({ id: getTranslation('composer.send'), defaultMessage: 'Send' })}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};

export { Composer };
