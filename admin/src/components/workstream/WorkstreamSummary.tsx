import { Flex, Typography } from '@strapi/design-system';

import { useAllowedText } from '../../hooks/useAllowedText';
import { useAutoCloseText } from '../../hooks/useAutoCloseText';
import { useLanguageName } from '../../hooks/useLanguageName';
import { getTranslation } from '../../utils/getTranslation';
import { formatPhoneNumber } from '../../utils/phoneNumber';
import { workstreamBody, type WorkstreamDraft } from '../../validation/workstream';
import { SummaryList, SummaryRow } from '../SummaryList';

import type { Account } from '../../api/accounts';
import type { WorkstreamFormOptions } from '../../api/workstreams';

interface WorkstreamSummaryProps {
  draft: WorkstreamDraft;
  accounts: Account[];
  languages: WorkstreamFormOptions['languages'];
}

/** The workstream and its SMS channel as they will be saved. */
const WorkstreamSummary = ({ draft, accounts, languages }: WorkstreamSummaryProps) => {
  const languageName = useLanguageName();
  const autoCloseText = useAutoCloseText();
  const body = workstreamBody(draft);
  const numbers = accounts
    .flatMap((account) => account.numbers)
    .filter((number) => draft.numberIds.includes(number.documentId));
  const language = languages.find((candidate) => candidate.code === draft.language);
  const allowed = useAllowedText();

  return (
    <SummaryList>
      <SummaryRow label={{ id: getTranslation('workstream.name'), defaultMessage: 'Name' }}>
        <Typography fontWeight="bold">{body.name}</Typography>
      </SummaryRow>
      <SummaryRow label={{ id: getTranslation('account.channel'), defaultMessage: 'Channel' }}>
        <Typography>SMS</Typography>
      </SummaryRow>
      <SummaryRow label={{ id: getTranslation('accounts.numbers'), defaultMessage: 'SMS numbers' }}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          {numbers.map((number) => (
            <Typography key={number.documentId}>{formatPhoneNumber(number.number)}</Typography>
          ))}
        </Flex>
      </SummaryRow>
      <SummaryRow label={{ id: getTranslation('workstream.language'), defaultMessage: 'Default language' }}>
        <Typography>{language ? languageName(language) : draft.language}</Typography>
      </SummaryRow>
      <SummaryRow
        label={{
          id: getTranslation('workstream.allowAgentAttachments'),
          defaultMessage: 'Agents may send attachments',
        }}
      >
        <Typography>{allowed(body.allowAgentAttachments === true)}</Typography>
      </SummaryRow>
      <SummaryRow
        label={{
          id: getTranslation('workstream.autoClose.summary'),
          defaultMessage: 'Close waiting conversations',
        }}
      >
        <Typography>{autoCloseText(body.autoCloseAfterHours ?? null)}</Typography>
      </SummaryRow>
    </SummaryList>
  );
};

export { WorkstreamSummary };
