import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/get-me';
import { useChangeEmail } from '../api/account-security';

/**
 * Change your own e-mail (your sign-in name): the current password is required and your other sessions end.
 * With e-mail configured on the server, the new address must confirm through a link mailed to it.
 */
export function EmailCard() {
  const { t } = useTranslation('security');
  const me = useMe();
  const change = useChangeEmail();
  const [outcome, setOutcome] = useState<{ pending?: string | null; ended: number }>();
  const form = useForm({
    initialValues: { current_password: '', email: '' },
    validate: {
      current_password: (v) => (v ? null : t('password.currentRequired')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('email.invalid')),
    },
  });
  const submit = form.onSubmit((values) =>
    change.mutate(
      { current_password: values.current_password, email: values.email.trim() },
      {
        onSuccess: (r) => {
          setOutcome({ pending: r.pending_email, ended: r.sessions_ended });
          form.reset();
        },
        onError: (e) => {
          if (!(e instanceof ApiError)) return;
          if (e.kind === 'wrong-password') form.setFieldError('current_password', t('password.wrong'));
          else if (e.kind === 'duplicate') form.setFieldError('email', e.message);
          else form.setErrors(e.fieldErrors);
        },
      },
    ),
  );
  const general =
    change.error instanceof ApiError && !['wrong-password', 'duplicate', 'validation'].includes(change.error.kind);
  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('email.title')}
          </Title>
          {me.data && (
            <Text size="sm" c="dimmed">
              {t('email.current', { email: me.data.user.email })}
            </Text>
          )}
          {outcome && (
            <Alert color="teal" variant="light" role="status">
              {outcome.pending
                ? t('email.pending', { email: outcome.pending, count: outcome.ended })
                : t('email.done', { count: outcome.ended })}
            </Alert>
          )}
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <TextInput label={t('email.new')} type="email" autoComplete="email" {...form.getInputProps('email')} />
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            {...form.getInputProps('current_password')}
          />
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t('email.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
