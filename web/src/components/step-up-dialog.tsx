import { Alert, Button, Group, Modal, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { setStepUpHandler } from '@/lib/auth/step-up';

/**
 * The re-authentication dialog of step-up ("sudo mode"): opened by the API client when a dangerous
 * action is refused with `step-up-required`; on success the client retries the action.
 */
export function StepUpDialog() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState<'password' | 'code'>('password');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const settle = useRef<(ok: boolean) => void>(undefined);

  useEffect(() => {
    setStepUpHandler(
      () =>
        new Promise<boolean>((resolve) => {
          settle.current = resolve;
          setValue('');
          setError(undefined);
          setOpen(true);
        }),
    );
    return () => setStepUpHandler(undefined);
  }, []);

  const close = (ok: boolean) => {
    setOpen(false);
    settle.current?.(ok);
    settle.current = undefined;
  };

  const submit = async () => {
    setBusy(true);
    try {
      await request('POST', '/api/v1/me/step-up', {
        body: method === 'password' ? { password: value } : { code: value },
      });
      close(true);
    } catch (e) {
      setError(
        isApiError(e, 'account-locked')
          ? t('stepUp.locked')
          : method === 'password'
            ? t('stepUp.wrongPassword')
            : t('stepUp.wrongCode'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={open}
      onClose={() => close(false)}
      title={t('stepUp.title')}
      centered
      // It opens over the dialog whose action asked for it (e.g. New API key), so it must stack above
      // every other modal: mounted first at the app root, it would otherwise sit under later ones.
      zIndex={400}
      closeButtonProps={{ 'aria-label': t('stepUp.close') }}
      data-testid="step-up-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <Group gap="xs" wrap="nowrap">
            <IconShieldLock size={20} aria-hidden />
            <Text size="sm">{t('stepUp.explain')}</Text>
          </Group>
          <SegmentedControl
            value={method}
            onChange={(v) => setMethod(v as 'password' | 'code')}
            data={[
              { value: 'password', label: t('stepUp.password') },
              { value: 'code', label: t('stepUp.code') },
            ]}
          />
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          {method === 'password' ? (
            <PasswordInput
              label={t('stepUp.password')}
              autoComplete="current-password"
              data-autofocus
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
            />
          ) : (
            <TextInput
              label={t('stepUp.code')}
              autoComplete="one-time-code"
              inputMode="numeric"
              data-autofocus
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(false)}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!value}>
              {t('stepUp.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
