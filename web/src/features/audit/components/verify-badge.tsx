import { Badge, Loader, Tooltip } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useVerifyAudit } from '../api/verify-audit';

/** The result of walking the hash chain: intact (with how many entries) or where it breaks. */
export function VerifyBadge() {
  const { t, i18n } = useTranslation('audit');
  const query = useVerifyAudit();
  if (query.isPending) return <Loader size="xs" aria-label={t('verify.checking')} />;
  if (query.isError)
    return (
      <Badge color="gray" variant="outline" size="lg">
        {t('verify.unavailable')}
      </Badge>
    );
  const v = query.data;
  if (v.ok)
    return (
      <Tooltip label={t('verify.okHelp')} multiline w={280}>
        <Badge
          color="green"
          variant="light"
          size="lg"
          leftSection={<IconShieldCheck size={14} />}
          data-testid="verify-badge"
          tt="none"
        >
          {t('verify.ok', { count: v.checked, formatted: formatNumber(v.checked, i18n.resolvedLanguage ?? 'en') })}
        </Badge>
      </Tooltip>
    );
  return (
    <Tooltip label={v.first_broken?.reason ?? ''} multiline w={280}>
      <Badge
        color="red"
        variant="filled"
        size="lg"
        leftSection={<IconShieldX size={14} />}
        data-testid="verify-badge"
        tt="none"
      >
        {t('verify.broken', { seq: v.first_broken?.seq ?? '?' })}
      </Badge>
    </Tooltip>
  );
}
