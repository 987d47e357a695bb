import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { errorMessage } from '@/lib/error-message';
import { confirmEmailChange } from '../api/account-security';
import { AuthLayout } from '@/components/auth-layout';

/**
 * Opened from the link mailed to a new address: the token is in the fragment (never in server logs).
 * The change is a button press, not a page load, so a mail scanner fetching the link confirms nothing.
 */
export function ConfirmEmailPage({ toolbar }: { toolbar: ReactNode }) {
  const { t } = useTranslation('security');
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const confirm = useMutation({ mutationFn: confirmEmailChange });
  return (
    <AuthLayout title={t('confirmEmail.title')} subtitle={t('confirmEmail.subtitle')} toolbar={toolbar}>
      <Stack gap="md">
        {confirm.isSuccess ? (
          <>
            <Alert color="teal" variant="light" role="status">
              {t('confirmEmail.done', { email: confirm.data.email })}
            </Alert>
            <Anchor component={RouterLink} to="/login">
              {t('reset.toLogin')}
            </Anchor>
          </>
        ) : (
          <>
            {confirm.error && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(confirm.error).detail}
              </Alert>
            )}
            {!token && <Text c="dimmed">{t('confirmEmail.noToken')}</Text>}
            <Button onClick={() => confirm.mutate(token)} loading={confirm.isPending} disabled={!token} fullWidth>
              {t('confirmEmail.submit')}
            </Button>
          </>
        )}
      </Stack>
    </AuthLayout>
  );
}
