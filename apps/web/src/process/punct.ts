/** Punctuation that differs between the UI languages (全角 in Chinese). */
import { useTranslation } from 'react-i18next';

export function usePunct() {
  const { t } = useTranslation();
  return {
    /** "：" or ": " */
    colon: t('process.punct.colon'),
    /** "、" or ", " */
    sep: t('process.punct.sep'),
    /** "（x）" or " (x)" */
    paren: (text: string) => t('process.punct.paren', { text }),
  };
}
