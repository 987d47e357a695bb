import { Alert } from '@mantine/core';
import { IconPlugConnectedX, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLiveConnectionState } from '@/lib/live/use-live';

/** Says so when the live connection is lost (it retries on its own and resyncs); gone once connected again. */
export function LiveConnectionBanner() {
  const { t } = useTranslation('live');
  const state = useLiveConnectionState();
  const lost = state === 'reconnecting' || state === 'disconnected';
  return (
    <div role="status" aria-live="polite" data-testid="live-banner" data-state={state}>
      {lost && (
        <Alert color="orange" variant="light" icon={<IconPlugConnectedX size={18} aria-hidden />} mb="md" p="xs">
          {t(state === 'reconnecting' ? 'banner.reconnecting' : 'banner.disconnected')}
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
