/** 销售提成表 (ASV-12) with the 维保提成表 (ASV-13): month picker, tables, xlsx, print; the care settings below. */
import { useState } from 'react';
import { Button, DatePicker, Flex } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { ASPERM } from '../api';
import { CARE_PERM } from './api';
import { CareSettingsCard } from './CareSettingsCard';
import { MaintenanceCommissionCard, SalesCommissionCard } from './CommissionCards';

export default function CommissionPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  return (
    <>
      <PageHeader
        title={t('aftersales.care.salesCommission.pageTitle')}
        description={t('aftersales.care.salesCommission.description')}
        extra={(
          <Flex gap={8} wrap className="no-print">
            <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} data-testid="care-commission-month" />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('aftersales.care.print')}</Button>
          </Flex>
        )}
      />
      <SalesCommissionCard month={month} />
      <MaintenanceCommissionCard month={month} />
      {hasPermission(CARE_PERM) ? <CareSettingsCard canEdit={hasPermission(ASPERM.settings)} /> : null}
    </>
  );
}
