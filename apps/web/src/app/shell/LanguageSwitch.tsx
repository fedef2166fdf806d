import { Button, Dropdown } from 'antd';
import { TranslationOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { changeLanguage, currentLanguage, type Language } from '../i18n';

const LABELS: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lang = currentLanguage();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: (Object.keys(LABELS) as Language[]).map((key) => ({ key, label: LABELS[key] })),
        onClick: async ({ key }) => {
          await changeLanguage(key as Language);
          // Server-made texts (problem messages, labels) follow the language too.
          void queryClient.invalidateQueries();
        },
      }}
    >
      <Button type="text" icon={<TranslationOutlined />} aria-label={t('header.language')} data-testid="language-switch">
        {compact ? null : LABELS[lang]}
      </Button>
    </Dropdown>
  );
}
