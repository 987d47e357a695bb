import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { languages } from '@/lib/i18n/resources';

/** Picks the UI language; i18next stores the choice and the API answers in it too (Accept-Language). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('settings');
  const current = i18n.resolvedLanguage;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t('language.label')} withArrow>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('language.label')}
            data-testid="language-switcher"
          >
            <IconLanguage size={20} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {languages.map((lng) => (
          <Menu.Item
            key={lng}
            lang={lng}
            onClick={() => void i18n.changeLanguage(lng)}
            rightSection={current === lng ? <IconCheck size={14} aria-hidden /> : null}
            aria-current={current === lng ? 'true' : undefined}
          >
            {t(`language.names.${lng}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
