import { Button, Group, Menu, Modal, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '@/lib/auth/get-me';
import { useSavedViews } from './use-saved-views';

/** Grafana-style saved views of the member list: apply one, save the current filters and sort under a name, delete one. */
export function SavedViews() {
  const me = useMe();
  // Views belong to the admin: the menu waits for who is signed in, so it reads their list from the start.
  return me.data ? <SavedViewsMenu userId={me.data.user.id} /> : null;
}

function SavedViewsMenu({ userId }: { userId: string }) {
  const { t } = useTranslation('members');
  const [params, setParams] = useSearchParams();
  const { views, save, remove } = useSavedViews(userId);
  const [naming, { open, close }] = useDisclosure(false);
  const [name, setName] = useState('');
  const current = params.toString();

  const submit = () => {
    if (!name.trim()) return;
    save(name.trim(), current);
    setName('');
    close();
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />} data-testid="saved-views">
            {t('views.open')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views.length === 0 && <Menu.Label>{t('views.none')}</Menu.Label>}
          {views.map((v) => (
            <Menu.Item
              key={v.name}
              onClick={() => setParams(new URLSearchParams(v.query))}
              rightSection={v.query === current ? '✓' : undefined}
            >
              {v.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconBookmarkPlus size={16} aria-hidden />} onClick={open} disabled={!current}>
            {t('views.save')}
          </Menu.Item>
          {views.length > 0 && <Menu.Label>{t('views.deleteLabel')}</Menu.Label>}
          {views.map((v) => (
            <Menu.Item
              key={`delete-${v.name}`}
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => remove(v.name)}
            >
              {t('views.delete', { name: v.name })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={close} title={t('views.saveTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <TextInput
            label={t('views.name')}
            description={t('views.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={60}
            data-autofocus
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={close}>
              {t('views.cancel')}
            </Button>
            <Button type="submit" disabled={!name.trim()}>
              {t('views.confirm')}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}
