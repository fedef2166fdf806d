/** One process: 流程表 (printable, exportable), 流程图, 定义 (JSON, publish for process admins). */
import { Button, Card, Result, Tabs } from 'antd';
import { DownloadOutlined, PlayCircleOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { PageHeader } from '../../app/components/PageHeader';
import { PageSpin } from '../../app/components/PageSpin';
import { processApi, processKeys } from '../api';
import { DefinitionEditor } from '../components/DefinitionEditor';
import { ProcessDiagram } from '../components/ProcessDiagram';
import { ProcessTableView } from '../components/ProcessTableView';

const TABS = ['table', 'diagram', 'definition'] as const;
type Tab = (typeof TABS)[number];

export default function ProcessDetailPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'table';
  const table = useQuery({ queryKey: processKeys.table(key), queryFn: () => processApi.table(key) });

  if (table.isPending) return <PageSpin />;
  if (table.isError) return <Result status="404" title={t('process.catalog.notFound')} subTitle={errorMessage(table.error)} />;

  return (
    <>
      <PageHeader
        title={table.data.name}
        description={`${table.data.key} · ${t('process.catalog.versionN', { version: table.data.version })}`}
        extra={
          <>
            {tab === 'table' ? (
              <>
                <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="table-print">
                  {t('process.table.print')}
                </Button>
                <Button icon={<DownloadOutlined />} href={processApi.tableXlsxUrl(key)} data-testid="table-export">
                  {t('common.exportXlsx')}
                </Button>
              </>
            ) : null}
            <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => navigate(`/processes/start/${encodeURIComponent(key)}`)}>
              {t('process.catalog.start')}
            </Button>
          </>
        }
      />
      <Card variant="borderless" className="gj-process-detail">
        <Tabs
          activeKey={tab}
          onChange={(v) => setParams(v === 'table' ? {} : { tab: v }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'table', label: t('process.table.tab'), children: <ProcessTableView table={table.data} /> },
            { key: 'diagram', label: t('process.diagram.tab'), children: <ProcessDiagram processKey={key} height={460} /> },
            { key: 'definition', label: t('process.definition.tab'), children: <DefinitionEditor processKey={key} /> },
          ]}
        />
      </Card>
    </>
  );
}
