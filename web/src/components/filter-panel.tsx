import { Badge, Button, Collapse, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FilterPanelProps {
  label: string;
  /** Always shown (e.g. the search box). */
  primary?: ReactNode;
  /** Folded behind a "Filters" button on phones, so the list keeps the screen. */
  children: ReactNode;
  active: number;
}

export function FilterPanel({ label, primary, children, active }: FilterPanelProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  if (!phone)
    return (
      <Group gap="xs" align="flex-end" wrap="wrap" mb="sm" role="search" aria-label={label}>
        {primary}
        {children}
      </Group>
    );
  return (
    <div role="search" aria-label={label}>
      <Group gap="xs" align="flex-end" wrap="nowrap" mb="xs">
        {primary}
        <Button
          variant="default"
          onClick={toggle}
          aria-expanded={opened}
          aria-controls={id}
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          rightSection={
            active > 0 ? (
              <Badge size="xs" circle>
                {active}
              </Badge>
            ) : null
          }
          style={{ flex: 'none' }}
        >
          {t('filters')}
        </Button>
      </Group>
      <Collapse in={opened} id={id}>
        <Group gap="xs" align="flex-end" wrap="wrap" mb="sm">
          {children}
        </Group>
      </Collapse>
    </div>
  );
}
