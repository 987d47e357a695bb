import { Button, Divider, Stack } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ssoStartUrl, useSsoButtons } from '../api/sso';

/** "Sign in with …" for each configured provider; nothing at all when there is none. */
export function SsoButtons() {
  const { t } = useTranslation('security');
  const buttons = useSsoButtons();
  const items = buttons.data ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="xs">
      <Divider label={t('sso.or')} labelPosition="center" />
      {items.map((p) => (
        <Button
          key={p.id}
          component="a"
          href={ssoStartUrl(p.id)}
          variant="default"
          leftSection={<IconKey size={16} aria-hidden />}
          fullWidth
          data-testid={`sso-${p.id}`}
        >
          {t('sso.signInWith', { name: p.display_name })}
        </Button>
      ))}
    </Stack>
  );
}
