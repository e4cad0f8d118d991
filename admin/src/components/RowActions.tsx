import type { ReactNode } from 'react';

import { Flex, IconButton, Td } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';

interface RowActionsProps {
  /** "Edit Support line": names the row, for screen readers and the tooltip. */
  editLabel: string;
  onEdit: () => void;
  /** The row's delete or remove button. */
  children: ReactNode;
}

/** The last cell of a settings table's row, under "Actions": edit, then delete or remove. */
const RowActions = ({ editLabel, onEdit, children }: RowActionsProps) => (
  <Td>
    <Flex gap={1}>
      <IconButton variant="ghost" label={editLabel} onClick={onEdit}>
        <Pencil />
      </IconButton>
      {children}
    </Flex>
  </Td>
);

export { RowActions };
