import { Flex, IconButton, Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink, useNavigate } from 'react-router-dom';

import { useAutoCloseText } from '../../hooks/useAutoCloseText';
import { useLanguageName } from '../../hooks/useLanguageName';
import { PATHS } from '../../paths';
import { getTranslation } from '../../utils/getTranslation';
import { NumberList } from '../NumberList';
import { TableHeader } from '../TableHeader';

import { DeleteWorkstreamButton } from './DeleteWorkstreamButton';

import type { Workstream, WorkstreamFormOptions } from '../../api/workstreams';

const COLUMNS = [
  { id: getTranslation('workstream.name'), defaultMessage: 'Name' },
  { id: getTranslation('accounts.numbers'), defaultMessage: 'SMS numbers' },
  { id: getTranslation('workstream.language'), defaultMessage: 'Default language' },
  { id: getTranslation('workstream.attachments'), defaultMessage: 'Attachments' },
  { id: getTranslation('workstream.autoClose.summary'), defaultMessage: 'Close waiting conversations' },
];

interface WorkstreamsTableProps {
  workstreams: Workstream[];
  languages: WorkstreamFormOptions['languages'];
  canManage: boolean;
  onDeleted: () => void;
}

/** Every workstream with all its SMS channel settings; managers also get edit and delete. */
const WorkstreamsTable = ({ workstreams, languages, canManage, onDeleted }: WorkstreamsTableProps) => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const languageName = useLanguageName();
  const autoCloseText = useAutoCloseText();

  const attachments = (workstream: Workstream) => {
    const customers = workstream.allowCustomerAttachments;
    const agents = workstream.allowAgentAttachments;
    if (customers && agents) {
      return formatMessage({
        id: getTranslation('workstream.attachments.both'),
        defaultMessage: 'Customers and agents',
      });
    }
    if (customers) {
      return formatMessage({
        id: getTranslation('workstream.attachments.customers'),
        defaultMessage: 'Customers only',
      });
    }
    if (agents) {
      return formatMessage({
        id: getTranslation('workstream.attachments.agents'),
        defaultMessage: 'Agents only',
      });
    }
    return formatMessage({ id: getTranslation('workstream.attachments.none'), defaultMessage: 'Nobody' });
  };

  return (
    <Table colCount={COLUMNS.length + (canManage ? 1 : 0)} rowCount={workstreams.length + 1}>
      <TableHeader columns={COLUMNS} withActions={canManage} />
      <Tbody>
        {workstreams.map((workstream) => {
          const language = languages.find((candidate) => candidate.code === workstream.language);

          return (
            <Tr key={workstream.documentId}>
              <Td>
                {canManage ? (
                  <Link tag={NavLink} to={PATHS.editWorkstream(workstream.documentId)}>
                    {workstream.name}
                  </Link>
                ) : (
                  <Typography textColor="neutral800" fontWeight="bold">
                    {workstream.name}
                  </Typography>
                )}
              </Td>
              <Td>
                <NumberList numbers={workstream.numbers} />
              </Td>
              <Td>
                <Typography textColor="neutral800">
                  {language ? languageName(language) : workstream.language}
                </Typography>
              </Td>
              <Td>
                <Typography textColor="neutral800">{attachments(workstream)}</Typography>
              </Td>
              <Td>
                <Typography textColor="neutral800">
                  {autoCloseText(workstream.autoCloseAfterHours)}
                </Typography>
              </Td>
              {canManage ? (
                <Td>
                  <Flex gap={1}>
                    <IconButton
                      variant="ghost"
                      label={formatMessage(
                        { id: getTranslation('workstream.edit'), defaultMessage: 'Edit {name}' },
                        { name: workstream.name },
                      )}
                      onClick={() => navigate(PATHS.editWorkstream(workstream.documentId))}
                    >
                      <Pencil />
                    </IconButton>
                    <DeleteWorkstreamButton workstream={workstream} onDeleted={onDeleted} />
                  </Flex>
                </Td>
              ) : null}
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};

export { WorkstreamsTable };
