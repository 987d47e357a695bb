import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@/lib/api/types';
import { useMemberCandidates } from '../api/list-role-members';

interface MemberPickerProps {
  roleId: string;
  disabled: boolean;
  onPick: (user: User) => void;
  /** Why this member may not be given the role by the admin (hierarchy), or undefined. */
  isLocked: (user: User) => string | undefined;
}

/**
 * A combobox over the server's member search (arrows and Enter, or a click): picking a member gives
 * them the role, and the box empties for the next one. Members who already hold it, or whom the
 * admin may not change, are listed but cannot be picked, with the reason.
 */
export function MemberPicker({ roleId, disabled, onPick, isLocked }: MemberPickerProps) {
  const { t } = useTranslation('roles');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 200);
  const candidates = useMemberCandidates(q);
  const found = q ? (candidates.data?.items ?? []) : [];
  const note = (user: User) => (user.roles.some((r) => r.id === roleId) ? t('members.already') : isLocked(user));

  const pick = (id: string) => {
    const user = found.find((u) => u.id === id);
    if (!user || note(user)) return;
    onPick(user);
    setSearch('');
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
      <Combobox.Target>
        <TextInput
          label={t('members.add')}
          description={t('members.addHelp')}
          placeholder={t('members.addPlaceholder')}
          leftSection={<IconUserPlus size={16} aria-hidden />}
          rightSection={candidates.isFetching ? <Loader size={14} aria-hidden /> : null}
          value={search}
          disabled={disabled}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          maw={420}
          data-testid="role-member-picker"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!q}>
        <Combobox.Options>
          {found.map((user) => {
            const why = note(user);
            return (
              <Combobox.Option value={user.id} key={user.id} disabled={!!why} aria-disabled={!!why}>
                <Text size="sm">{user.display_name}</Text>
                <Text size="xs" c="dimmed">
                  @{user.username}
                  {why ? ` · ${why}` : ''}
                </Text>
              </Combobox.Option>
            );
          })}
          {q && found.length === 0 && (
            <Combobox.Empty>{candidates.isFetching ? t('members.searching') : t('members.nobody')}</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
