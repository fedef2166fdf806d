import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function Brand({ collapsed = false }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className={`brand${collapsed ? ' brand-collapsed' : ''}`}>
      <span className="brand-mark" aria-hidden>
        管
      </span>
      {collapsed ? null : (
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-sub">{t('app.subtitle')}</span>
        </span>
      )}
    </Link>
  );
}
