import { Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { ActorName } from '@/components/actor-name';
import type { AuditEntry } from '@/lib/api/types';
import { auditActionLabel } from '@/lib/audit-labels';
import { sentenceParts } from './sentence-parts';
import { TargetLabel } from './target-name';

type Entry = Pick<
  AuditEntry,
  'action' | 'payload' | 'actor_user_id' | 'actor_api_key_id' | 'target_type' | 'target_id'
>;

/**
 * An audit entry as one sentence, names resolved: "owner gave Staff to Emma Stone",
 * "Sam moved Event Hosts above Staff". Actions without a sentence show their label. Names are
 * plain text: the sentence sits in the row's button, and the actor and target columns hold the links.
 */
export function AuditSentence({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation('audit');
  const parts = sentenceParts(entry.action, entry.payload, (field) =>
    t(`members:fieldNames.${field}` as 'sentences.user_updated', { defaultValue: field }),
  );
  if (!parts || !i18n.exists(`audit:sentences.${parts.key}`))
    return (
      <Text size="sm" fw={600} span>
        {auditActionLabel(entry.action)}
      </Text>
    );
  return (
    <Text size="sm" span data-testid="audit-sentence">
      <Trans
        t={t}
        i18nKey={`sentences.${parts.key}` as 'sentences.user_created'}
        values={parts.values}
        components={{
          actor: <ActorName userId={entry.actor_user_id} apiKeyId={entry.actor_api_key_id} plain />,
          target: <TargetLabel entry={entry} plain />,
          b: <strong />,
        }}
      />
    </Text>
  );
}
