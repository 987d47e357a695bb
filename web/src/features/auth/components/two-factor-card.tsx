import { Alert, Badge, Button, Card, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretReveal } from '@/components/secret-reveal';
import { errorMessage } from '@/lib/error-message';
import {
  useConfirmTwoFactor,
  useDisableTwoFactor,
  useMyTwoFactor,
  useRenewRecoveryCodes,
  useStartEnrolment,
  type TwoFactorEnrolment,
} from '../api/account-security';
import wrapping from './wrapping-button.module.css';

/** Authenticator-app sign-in: enrol (QR code and manual key, then a first code), recovery codes, turn off. */
export function TwoFactorCard() {
  const { t } = useTranslation('security');
  const status = useMyTwoFactor();
  const start = useStartEnrolment();
  const confirm = useConfirmTwoFactor();
  const disable = useDisableTwoFactor();
  const renew = useRenewRecoveryCodes();
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment>();
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string>();
  const failure = [start.error, confirm.error, disable.error, renew.error].find(Boolean);
  const enabled = status.data?.enabled ?? false;

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('twoFactor.title')}
          </Title>
          <Badge color={enabled ? 'teal' : 'gray'} variant="light" data-testid="two-factor-state">
            {enabled ? t('twoFactor.on') : t('twoFactor.off')}
          </Badge>
        </Group>
        {status.data?.required && !enabled && (
          <Alert color="yellow" variant="light">
            {t('twoFactor.required')}
          </Alert>
        )}
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(failure).detail}
          </Alert>
        )}
        {!enabled && !enrolment && (
          <Group>
            <Button
              classNames={wrapping}
              onClick={() => start.mutate(undefined, { onSuccess: setEnrolment })}
              loading={start.isPending}
            >
              {t('twoFactor.enrol')}
            </Button>
          </Group>
        )}
        {!enabled && enrolment && (
          <Stack gap="sm">
            <Text size="sm">{t('twoFactor.scan')}</Text>
            <div>
              <QRCodeSVG value={enrolment.otpauth_uri} size={176} marginSize={2} title={t('twoFactor.qrTitle')} />
            </div>
            <Text size="sm">{t('twoFactor.manual')}</Text>
            <Code block data-testid="totp-secret">
              {enrolment.secret}
            </Code>
            <Group align="flex-end">
              <TextInput
                label={t('twoFactor.code')}
                autoComplete="one-time-code"
                inputMode="numeric"
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Button
                loading={confirm.isPending}
                disabled={!code}
                onClick={() =>
                  confirm.mutate(code, {
                    onSuccess: (r) => {
                      setEnrolment(undefined);
                      setCode('');
                      setCodes(r.codes.join('\n'));
                    },
                  })
                }
              >
                {t('twoFactor.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
        {enabled && (
          <Stack gap="sm">
            <Text size="sm">{t('twoFactor.recoveryLeft', { count: status.data?.recovery_codes_left ?? 0 })}</Text>
            <Group align="flex-end">
              <TextInput
                label={t('twoFactor.code')}
                autoComplete="one-time-code"
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Button
                variant="light"
                disabled={!code}
                loading={renew.isPending}
                onClick={() => renew.mutate(code, { onSuccess: (r) => (setCode(''), setCodes(r.codes.join('\n'))) })}
              >
                {t('twoFactor.renew')}
              </Button>
              {!status.data?.required && (
                <Button
                  variant="light"
                  color="red"
                  disabled={!code}
                  loading={disable.isPending}
                  onClick={() => disable.mutate(code, { onSuccess: () => setCode('') })}
                >
                  {t('twoFactor.disable')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
      <SecretReveal secret={codes} title={t('twoFactor.recoveryTitle')} onClose={() => setCodes(undefined)} />
    </Card>
  );
}
