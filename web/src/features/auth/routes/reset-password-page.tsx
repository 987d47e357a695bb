import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/error-message';
import { completePasswordReset } from '../api/account-security';
import { AuthLayout } from '@/components/auth-layout';

/** Opened from a reset link an administrator made: the token is in the fragment, never sent to server logs. */
export function ResetPasswordPage({ toolbar }: { toolbar: ReactNode }) {
  const { t } = useTranslation('security');
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const reset = useMutation({ mutationFn: completePasswordReset });
  const form = useForm({
    initialValues: { new_password: '' },
    validate: { new_password: (v) => (v.length >= 10 ? null : t('password.tooShort')) },
  });
  const submit = form.onSubmit((values) =>
    reset.mutate(
      { token, new_password: values.new_password },
      { onError: (e) => e instanceof ApiError && form.setErrors(e.fieldErrors) },
    ),
  );
  return (
    <AuthLayout title={t('reset.title')} subtitle={t('reset.subtitle')} toolbar={toolbar}>
      {reset.isSuccess ? (
        <Stack>
          <Alert color="teal" variant="light" role="status">
            {t('reset.done')}
          </Alert>
          <Anchor component={RouterLink} to="/login">
            {t('reset.toLogin')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {reset.error && !(reset.error instanceof ApiError && reset.error.kind === 'validation') && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(reset.error).detail}
              </Alert>
            )}
            <PasswordInput
              label={t('password.new')}
              autoComplete="new-password"
              required
              {...form.getInputProps('new_password')}
            />
            <Button type="submit" loading={reset.isPending} fullWidth>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
