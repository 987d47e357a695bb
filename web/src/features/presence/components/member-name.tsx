import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { roleNameProps, topRoleColor } from '@/components/role-name';

/**
 * A member's name in the member list, coloured like their highest role (as in Discord's member
 * list). A link to the member's page for admins who may open it, plain text otherwise.
 */
export function MemberName({
  userId,
  name,
  roles,
  link,
}: {
  userId: string;
  name: string;
  roles?: readonly { color?: string | null }[];
  link: boolean;
}) {
  const colour = roleNameProps(roles ? topRoleColor(roles) : undefined);
  if (!link)
    return (
      <Text size="sm" fw={600} truncate {...colour}>
        {name}
      </Text>
    );
  return (
    <Anchor
      component={Link}
      to={`/members/${userId}`}
      size="sm"
      fw={600}
      underline="hover"
      truncate="end"
      display="block"
      {...colour}
    >
      {name}
    </Anchor>
  );
}
