import { Button, Card, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { formatDateTime } from '@/lib/format';
import { consentPurposes, useConsentTexts, usePublishConsentText, type ConsentPurpose } from '../api/consent-texts';
import type { ConsentText } from '../api/types';

/** The texts members consent to, per purpose; publishing a change makes a new version members answer again. */
export function ConsentTexts() {
  const { t } = useTranslation('privacy');
  const query = useConsentTexts();
  if (query.isPending) return <Loader aria-label={t('loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="md">
      {consentPurposes.map((p) => (
        <ConsentTextCard key={p} purpose={p} current={query.data.items.find((x) => x.purpose === p)} />
      ))}
    </Stack>
  );
}

function ConsentTextCard({ purpose, current }: { purpose: ConsentPurpose; current?: ConsentText }) {
  const { t, i18n } = useTranslation('privacy');
  const publish = usePublishConsentText();
  const [en, setEn] = useState(current?.text_en ?? '');
  const [fr, setFr] = useState(current?.text_fr ?? '');
  const changed = en.trim() !== (current?.text_en ?? '') || fr.trim() !== (current?.text_fr ?? '');
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t(`consents.purposes.${purpose}`)}
        </Title>
        <Text size="xs" c="dimmed">
          {current
            ? t('consents.version', {
                version: current.version,
                date: formatDateTime(current.published_at, i18n.resolvedLanguage ?? 'en'),
              })
            : t('consents.none')}
        </Text>
        <Textarea
          label={t('consents.textEn')}
          value={en}
          onChange={(e) => setEn(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Textarea
          label={t('consents.textFr')}
          value={fr}
          onChange={(e) => setFr(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Button
          variant="default"
          disabled={!changed || !en.trim() || !fr.trim()}
          loading={publish.isPending}
          onClick={() =>
            publish.mutate(
              { purpose, text_en: en, text_fr: fr },
              {
                onSuccess: () => notifications.show({ color: 'green', message: t('consents.published') }),
                onError: (e) => notifications.show({ color: 'red', title: t('consents.failed'), message: e.message }),
              },
            )
          }
        >
          {t('consents.publish')}
        </Button>
      </Stack>
    </Card>
  );
}
