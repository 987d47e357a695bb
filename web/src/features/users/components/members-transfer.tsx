import { Button, Menu } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccess } from '@/lib/auth/use-access';
import { exportUsers } from '../api/export-users';
import type { MemberFilters } from '../api/list-users';

/** Import (a wizard page of its own) and export of what the list shows now, each for those who may. */
export function MembersTransfer({ filters }: { filters: MemberFilters }) {
  const { t } = useTranslation('members');
  const access = useAccess();
  return (
    <>
      {access?.can('users.import') && (
        <Button component={Link} to="/members/import" variant="default" leftSection={<IconFileImport size={16} />}>
          {t('transfer.import')}
        </Button>
      )}
      {access?.can('users.export') && (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" leftSection={<IconDownload size={16} />}>
              {t('transfer.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => void exportUsers(filters, 'csv')}>{t('transfer.csv')}</Menu.Item>
            <Menu.Item onClick={() => void exportUsers(filters, 'json')}>{t('transfer.json')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </>
  );
}
