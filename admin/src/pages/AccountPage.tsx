import { Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { NavLink, useNavigate, useParams } from 'react-router-dom';

import { AccountActivity } from '../components/account/AccountActivity';
import { AccountSummary } from '../components/account/AccountSummary';
import { CallbackPanel } from '../components/account/CallbackPanel';
import { DeleteAccountButton } from '../components/account/DeleteAccountButton';
import { NumbersTable } from '../components/account/NumbersTable';
import { VerifyPanel } from '../components/account/VerifyPanel';
import { useSmsAccountQuery } from '../api/accounts';
import { BackLink } from '../components/BackLink';
import { SectionPage } from '../components/SectionPage';
import { useCanManageSettings } from '../hooks/useCanManageSettings';
import { PATHS } from '../paths';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

import type { ReactNode } from 'react';

const Section = ({ title, children }: { title: MessageDescriptor; children: ReactNode }) => {
  const { formatMessage } = useIntl();

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          {formatMessage(title)}
        </Typography>
        {children}
      </Flex>
    </Box>
  );
};

const LOADING = { id: getTranslation('account.loading'), defaultMessage: 'Loading the account' };
const LOAD_FAILED = {
  id: getTranslation('account.loadFailed'),
  defaultMessage: 'The account could not be loaded. Reload the page to try again.',
};

/**
 * `setup/:accountId`: everything about one account. Readers see it all; managers also get edit,
 * delete, verify and regenerate.
 */
const AccountPage = () => {
  const { formatMessage } = useIntl();
  const { accountId = '' } = useParams<{ accountId: string }>();
  const navigate = useNavigate();
  const canManage = useCanManageSettings();
  const { currentData: account, error } = useSmsAccountQuery(accountId);

  return (
    <SectionPage
      permissions={PERMISSIONS.settingsRead}
      title={account?.name ?? { id: getTranslation('account.title'), defaultMessage: 'Account' }}
      subtitle={{
        id: getTranslation('account.wizard.subtitle'),
        defaultMessage: 'A TeleSign account, its SMS numbers and its callback URL.',
      }}
      navigationAction={
        <BackLink
          to={PATHS.setup}
          label={{ id: getTranslation('accounts.back'), defaultMessage: 'Accounts' }}
        />
      }
      load={{ query: { data: account, error }, loading: LOADING, failed: LOAD_FAILED }}
      primaryAction={
        canManage && account ? (
          <Flex gap={2}>
            <DeleteAccountButton account={account} look="button" onDeleted={() => navigate(PATHS.setup)} />
            <LinkButton tag={NavLink} to={PATHS.editAccount(account.documentId)} startIcon={<Pencil />}>
              {formatMessage({ id: getTranslation('account.edit.short'), defaultMessage: 'Edit' })}
            </LinkButton>
          </Flex>
        ) : undefined
      }
    >
      {account ? (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section
            title={{ id: getTranslation('account.section.details'), defaultMessage: 'Account details' }}
          >
            <AccountSummary account={account} settingsOnly />
          </Section>
          <Section title={{ id: getTranslation('accounts.numbers'), defaultMessage: 'SMS numbers' }}>
            {account.numbers.length > 0 ? (
              <NumbersTable numbers={account.numbers} />
            ) : (
              <Typography textColor="neutral600">
                {formatMessage({ id: getTranslation('accounts.numbers.none'), defaultMessage: 'None yet' })}
              </Typography>
            )}
            <VerifyPanel account={account} canVerify={canManage} />
          </Section>
          <Section title={{ id: getTranslation('accounts.callbackUrl'), defaultMessage: 'Callback URL' }}>
            <CallbackPanel account={account} canRegenerate={canManage} />
          </Section>
          <Section title={{ id: getTranslation('account.section.activity'), defaultMessage: 'Activity' }}>
            <AccountActivity documentId={account.documentId} />
          </Section>
        </Flex>
      ) : null}
    </SectionPage>
  );
};

export { AccountPage };
