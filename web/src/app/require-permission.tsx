import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import type { Permission } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';

/** A page the admin's permissions do not open says which permission it needs. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const access = useAccess();
  if (!access) return null;
  if (!access.can(permission))
    return (
      <EmptyState icon={<IconLock size={24} />} title={t('forbiddenPage.title')}>
        {t('forbiddenPage.body', { permission })}
      </EmptyState>
    );
  return <>{children}</>;
}
