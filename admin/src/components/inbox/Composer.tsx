import { useState, type ChangeEvent, type ComponentType, type KeyboardEvent } from 'react';

import { Box, Button, Field, Flex, Tag, Textarea, Typography } from '@strapi/design-system';
import { Cross, Paperclip, PaperPlane } from '@strapi/icons';
import { useStrapiApp } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { analyzeSegments, MAX_MESSAGE_CHARACTERS } from '../../../../shared/contracts/messages/segments';
import { useSmsSendReplyMutation } from '../../api/conversations';
import { useSubmit } from '../../hooks/useSubmit';
import { getTranslation } from '../../utils/getTranslation';

import { SegmentCounter } from './SegmentCounter';

/** A Media Library file as the picker hands it over; the reply sends its id. */
interface MediaFile {
  id: number;
  name: string;
}

/** The props of the Media Library's picker, which `@strapi/upload` registers as `media-library`. */
interface MediaLibraryDialogProps {
  multiple?: boolean;
  initiallySelectedAssets?: MediaFile[];
  onClose: () => void;
  onSelectAssets: (files: MediaFile[]) => void;
}

interface ComposerProps {
  conversationId: string;
  /** The workstream lets agents send files (as links in the SMS). */
  allowAttachments: boolean;
  /** Why nothing can be sent (the customer opted out); the composer is shown but disabled. */
  disabledReason: string | null;
}

/** Writes a reply with a live SMS cost; Ctrl+Enter (⌘+Enter on a Mac) sends it. */
const Composer = ({ conversationId, allowAttachments, disabledReason }: ComposerProps) => {
  const { formatMessage } = useIntl();
  // The admin's component library types its entries without props: these are the picker's.
  const MediaLibraryDialog = useStrapiApp(
    'Composer',
    (app) => app.components['media-library'] as ComponentType<MediaLibraryDialogProps> | undefined,
  );
  const [sendReply] = useSmsSendReplyMutation();
  const sending = useSubmit({
    failed: {
      id: getTranslation('composer.sendFailed'),
      defaultMessage: 'The message could not be sent. Check your connection and try again.',
    },
  });
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState<MediaFile[]>([]);
  const [picking, setPicking] = useState(false);
  const analysis = analyzeSegments(text);
  const disabled = disabledReason !== null;
  const canSend =
    !disabled && !sending.busy && text.trim() !== '' && analysis.characters <= MAX_MESSAGE_CHARACTERS;

  const send = async () => {
    if (!canSend) {
      return;
    }
    const sent = await sending.submit(() =>
      sendReply({
        documentId: conversationId,
        body: text,
        attachments: attachments.map((file) => file.id),
      }).unwrap(),
    );
    if (sent.ok) {
      setText('');
      setAttachments([]);
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
        <Field.Root name="reply" error={sending.problem ?? disabledReason ?? undefined}>
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
          {allowAttachments && MediaLibraryDialog ? (
            <>
              <Button
                variant="tertiary"
                startIcon={<Paperclip />}
                disabled={disabled || sending.busy}
                onClick={() => setPicking(true)}
              >
                {formatMessage({ id: getTranslation('composer.attach'), defaultMessage: 'Attach files' })}
              </Button>
              {picking ? (
                <MediaLibraryDialog
                  multiple
                  initiallySelectedAssets={attachments}
                  onClose={() => setPicking(false)}
                  onSelectAssets={(files) => {
                    setAttachments(files);
                    setPicking(false);
                  }}
                />
              ) : null}
            </>
          ) : (
            <Typography variant="pi" textColor="neutral500">
              {formatMessage({
                id: getTranslation('composer.noAttachments'),
                defaultMessage: 'This workstream does not let agents send attachments.',
              })}
            </Typography>
          )}
          <Button startIcon={<PaperPlane />} disabled={!canSend} loading={sending.busy} onClick={send}>
            {formatMessage({ id: getTranslation('composer.send'), defaultMessage: 'Send' })}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};

export { Composer };
