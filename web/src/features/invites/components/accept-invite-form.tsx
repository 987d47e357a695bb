import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/error-message';
import type { AcceptInviteInput } from '../api/invite-landing';

interface AcceptInviteFormProps {
  pending: boolean;
  error: Error | null;
  onAccept: (input: AcceptInviteInput, onError: (e: unknown) => void) => void;
}

/** A new person's account (or, with only e-mail and password, the account they left). */
export function AcceptInviteForm({ pending, error, onAccept }: AcceptInviteFormProps) {
  const { t } = useTranslation('invites');
  const form = useForm({
    initialValues: { username: '', display_name: '', email: '', password: '' },
    validate: {
      email: (v) => (v.includes('@') ? null : t('landing.emailRequired')),
      password: (v) => (v.length > 0 ? null : t('landing.passwordRequired')),
    },
  });
  const submit = form.onSubmit((v) =>
    onAccept(
      {
        username: v.username.trim() || null,
        display_name: v.display_name.trim() || null,
        email: v.email.trim(),
        password: v.password,
      },
      (e) => e instanceof ApiError && form.setErrors(e.fieldErrors),
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error && !(error instanceof ApiError && error.kind === 'validation') && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(error).detail}
          </Alert>
        )}
        <TextInput
          label={t('landing.username')}
          description={t('landing.usernameHint')}
          autoComplete="username"
          {...form.getInputProps('username')}
        />
        <TextInput label={t('landing.displayName')} autoComplete="nickname" {...form.getInputProps('display_name')} />
        <TextInput
          label={t('landing.email')}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('landing.password')}
          description={t('landing.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={pending} fullWidth>
          {t('landing.submit')}
        </Button>
      </Stack>
    </form>
  );
}
