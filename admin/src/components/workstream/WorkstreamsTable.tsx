import { Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink, useNavigate } from 'react-router-dom';

import { useAllowedText } from '../../hooks/useAllowedText';
import { useAutoCloseText } from '../../hooks/useAutoCloseText';
import { useLanguageName } from '../../hooks/useLanguageName';
import { PATHS } from '../../paths';
import { getTranslation } from '../../utils/getTranslation';
import { NumberList } from '../NumberList';
import { RowActions } from '../RowActions';
import { TableHeader } from '../TableHeader';

import { DeleteWorkstreamButton } from './DeleteWorkstreamButton';

import type { Workstream, WorkstreamFormOptions } from '../../api/workstreams';

const COLUMNS = [
  { id: getTranslation('workstream.name'), defaultMessage: 'Name' },
  { id: getTranslation('accounts.numbers'), defaultMessage: 'SMS numbers' },
  { id: getTranslation('workstream.language'), defaultMessage: 'Default language' },
  { id: getTranslation('workstream.allowAgentAttachments'), defaultMessage: 'Agents may send attachments' },
  { id: getTranslation('workstream.autoClose.summary'), defaultMessage: 'Close waiting conversations' },
];

interface WorkstreamsTableProps {
  workstreams: Workstream[];
  languages: WorkstreamFormOptions['languages'];
  canManage: boolean;
}

/** Every workstream with all its SMS channel settings; managers also get edit and delete. */
const WorkstreamsTable = ({ workstreams, languages, canManage }: WorkstreamsTableProps) => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();
  const languageName = useLanguageName();
  const autoCloseText = useAutoCloseText();
  const allowed = useAllowedText();

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
                <Typography textColor="neutral800">{allowed(workstream.allowAgentAttachments)}</Typography>
              </Td>
              <Td>
                <Typography textColor="neutral800">
                  {autoCloseText(workstream.autoCloseAfterHours)}
                </Typography>
              </Td>
              {canManage ? (
                <RowActions
                  editLabel={formatMessage(
                    { id: getTranslation('workstream.edit'), defaultMessage: 'Edit {name}' },
                    { name: workstream.name },
                  )}
                  onEdit={() => navigate(PATHS.editWorkstream(workstream.documentId))}
                >
                  <DeleteWorkstreamButton workstream={workstream} />
                </RowActions>
              ) : null}
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};

export { WorkstreamsTable };
