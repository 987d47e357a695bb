import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActorName } from '@/components/actor-name';
import { useRoles } from '@/lib/api/list-roles';
import type { AuditEntry } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';
import { shortId } from '@/lib/format';

/** The target by name (a member, a role), with a readable fallback once it is gone. */
export function TargetLabel({
  entry,
  plain = false,
}: {
  entry: Pick<AuditEntry, 'target_type' | 'target_id' | 'payload'>;
  /** Without a link, for text inside a button. */
  plain?: boolean;
}) {
  const { t: tc } = useTranslation();
  const access = useAccess();
  const roles = useRoles(entry.target_type === 'role' && (access?.can('roles.read') ?? false));
  const id = entry.target_id;
  if (!id) return null;
  if (entry.target_type === 'user') return <ActorName userId={id} plain={plain} />;
  if (entry.target_type === 'role') {
    const role = roles.data?.find((r) => r.id === id);
    if (role && plain)
      return (
        <Text span size="sm" fw={600} title={id}>
          {role.name}
        </Text>
      );
    if (role)
      return (
        <Anchor component={Link} to={`/roles/${id}`} size="sm" underline="always" title={id}>
          {role.name}
        </Anchor>
      );
    // A deleted role keeps the name its entries recorded.
    const recorded = recordedName(entry.payload);
    return (
      <Text span size="sm" c={roles.data ? 'dimmed' : undefined} title={id}>
        {recorded ?? (roles.data ? tc('audit.deletedRole', { id: shortId(id) }) : shortId(id))}
      </Text>
    );
  }
  return (
    <Text span size="sm" title={id}>
      {shortId(id)}
    </Text>
  );
}

function recordedName(payload: unknown): string | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const p = payload as Record<string, { name?: unknown } | undefined>;
  const name = p.after?.name ?? p.before?.name;
  return typeof name === 'string' ? name : undefined;
}

/** "Member · Emma Stone", "Role · Staff": the kind of target, then its name. */
export function TargetName({ entry }: { entry: Pick<AuditEntry, 'target_type' | 'target_id' | 'payload'> }) {
  const { t } = useTranslation('audit');
  const kind = t(`targets.${entry.target_type}` as 'targets.user', { defaultValue: entry.target_type });
  if (!entry.target_id) return <>{kind}</>;
  return (
    <>
      {kind} · <TargetLabel entry={entry} />
    </>
  );
}
