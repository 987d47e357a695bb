import { Button } from '@mantine/core';
import { IconCompassOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconCompassOff size={24} />}
      title={t('notFoundPage.title')}
      action={
        <Button component={Link} to="/">
          {t('notFoundPage.home')}
        </Button>
      }
    >
      {t('notFoundPage.body')}
    </EmptyState>
  );
}
