import { Alert, Button, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { ApiError } from '@/lib/api/problem';
import { useCompleteSetup } from '../api/complete-setup';
import { useSetupStatus } from '../api/get-setup-status';
import { AuthLayout } from '@/components/auth-layout';

/** First start: the owner account, created with the one-time link printed in the server log. */
export function SetupPage({ toolbar }: { toolbar: ReactNode }) {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const status = useSetupStatus();
  const setup = useCompleteSetup();
  const form = useForm({
    initialValues: {
      token: params.get('token') ?? '',
      username: '',
      display_name: '',
      email: '',
      password: '',
      confirm: '',
    },
    validate: {
      token: (v) => (v.trim() ? null : t('setup.tokenRequired')),
      username: (v) => (v.trim() ? null : t('setup.usernameRequired')),
      email: (v) => (v.trim() ? null : t('setup.emailRequired')),
      password: (v) => (v.length >= 8 ? null : t('setup.passwordShort')),
      confirm: (v, values) => (v === values.password ? null : t('setup.passwordMismatch')),
    },
  });

  if (setup.isSuccess) return <Navigate to="/" replace />;

  let body: ReactNode;
  if (status.isPending) body = <Loader aria-label={t('setup.checking')} mx="auto" display="block" />;
  else if (status.isError) body = <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  else if (!status.data.needed)
    body = (
      <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />} title={t('setup.doneTitle')}>
        <Text size="sm">{t('setup.done')}</Text>
        <Button component={RouterLink} to="/login" size="xs" mt="sm">
          {t('setup.goToLogin')}
        </Button>
      </Alert>
    );
  else
    body = (
      <form
        noValidate
        onSubmit={form.onSubmit(({ confirm: _confirm, ...values }) =>
          setup.mutate(values, {
            onError: (error) => {
              if (error instanceof ApiError) form.setErrors(error.fieldErrors);
            },
          }),
        )}
      >
        <Stack gap="sm">
          {setup.error && !(setup.error instanceof ApiError && setup.error.kind === 'validation') && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
              {setup.error instanceof ApiError && setup.error.kind === 'setup-token'
                ? t('setup.badToken')
                : setup.error.message}
            </Alert>
          )}
          {!params.get('token') && (
            <TextInput
              label={t('setup.token')}
              description={t('setup.tokenHelp')}
              required
              {...form.getInputProps('token')}
            />
          )}
          <TextInput label={t('setup.username')} autoComplete="username" required {...form.getInputProps('username')} />
          <TextInput label={t('setup.displayName')} autoComplete="name" {...form.getInputProps('display_name')} />
          <TextInput
            label={t('setup.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('setup.password')}
            description={t('setup.passwordHelp')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('setup.confirm')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={setup.isPending} fullWidth size="md" mt="xs">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    );

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.subtitle')} toolbar={toolbar}>
      {body}
    </AuthLayout>
  );
}
