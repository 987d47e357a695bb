import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActorName } from '@/components/actor-name';
import { useRoles } from '@/lib/api/list-roles';
import type { AuditEntry } from '@/lib/api/types';
import { useAccess } from '@/lib/auth/use-access';
import { shortId } from '@/lib/format';

/** "Member · Emma Stone", "Role · Staff": the target by name, with a readable fallback once it is gone. */
export function TargetName({ entry }: { entry: Pick<AuditEntry, 'target_type' | 'target_id'> }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const access = useAccess();
  const roles = useRoles(entry.target_type === 'role' && (access?.can('roles.read') ?? false));
  const kind = t(`targets.${entry.target_type}` as 'targets.user', { defaultValue: entry.target_type });
  const id = entry.target_id;
  if (!id) return <>{kind}</>;

  let name;
  if (entry.target_type === 'user') name = <ActorName userId={id} />;
  else if (entry.target_type === 'role') {
    const role = roles.data?.find((r) => r.id === id);
    name = role ? (
      <Anchor component={Link} to={`/roles/${id}`} size="sm" underline="always" title={id}>
        {role.name}
      </Anchor>
    ) : (
      <Text span size="sm" c={roles.data ? 'dimmed' : undefined} title={id}>
        {roles.data ? tc('audit.deletedRole', { id: shortId(id) }) : shortId(id)}
      </Text>
    );
  } else
    name = (
      <Text span size="sm" title={id}>
        {shortId(id)}
      </Text>
    );
  return (
    <>
      {kind} · {name}
    </>
  );
}
