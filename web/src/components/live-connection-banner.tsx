import { Alert, Button, Group, Text } from '@mantine/core';
import { IconPlugConnectedX, IconLock, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '@/lib/format';
import { useLiveConnectionState, useLiveStaleness } from '@/lib/live/use-live';

/**
 * Says so when the live connection is lost (it retries on its own and resyncs), from when what is
 * on screen dates, and offers to retry at once; gone once connected again.
 */
export function LiveConnectionBanner() {
  const { t, i18n } = useTranslation('live');
  const state = useLiveConnectionState();
  const stale = useLiveStaleness();
  return (
    <div role="status" aria-live="polite" data-testid="live-banner" data-state={state}>
      {stale && (
        <Alert color="orange" variant="light" icon={<IconPlugConnectedX size={18} aria-hidden />} mb="md" p="xs">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">
              {t(state === 'reconnecting' ? 'banner.reconnecting' : 'banner.disconnected')}{' '}
              {t('banner.asOf', { time: formatTime(stale.since, i18n.resolvedLanguage ?? 'en') })}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              color="orange"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={stale.retryNow}
            >
              {t('banner.retryNow')}
            </Button>
          </Group>
        </Alert>
      )}
      {state === 'forbidden' && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />} mb="md" p="xs">
          {t('banner.forbidden')}
        </Alert>
      )}
    </div>
  );
}
