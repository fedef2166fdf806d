/** A process's BPMN diagram (from the server, with layout), optionally marking an instance's progress. */
import { lazy, Suspense } from 'react';
import { Flex, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api';
import { useIsMobile } from '../../app/useIsMobile';
import { processApi, processKeys } from '../api';

const BpmnCanvas = lazy(() => import('./BpmnCanvas'));

interface Props {
  processKey: string;
  version?: number;
  done?: readonly string[];
  current?: readonly string[];
  height?: number;
}

export function ProcessDiagram({ processKey, version, done, current, height }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const xml = useQuery({ queryKey: processKeys.bpmn(processKey, version), queryFn: () => processApi.bpmn(processKey, version), staleTime: Infinity });
  const h = height ?? (isMobile ? 300 : 380);
  const spinner = (
    <Flex align="center" justify="center" style={{ height: h }}>
      <Spin />
    </Flex>
  );
  return (
    <div className="gj-diagram">
      {done || current ? (
        <Flex gap={16} className="gj-diagram-legend" wrap>
          <span>
            <i className="gj-swatch gj-swatch-done" /> {t('process.diagram.done')}
          </span>
          <span>
            <i className="gj-swatch gj-swatch-current" /> {t('process.diagram.current')}
          </span>
          <Typography.Text type="secondary">{t('process.diagram.hint')}</Typography.Text>
        </Flex>
      ) : (
        <Typography.Text type="secondary" className="gj-diagram-legend">
          {t('process.diagram.hint')}
        </Typography.Text>
      )}
      {xml.isPending ? (
        spinner
      ) : xml.isError ? (
        <Typography.Text type="danger">{errorMessage(xml.error)}</Typography.Text>
      ) : (
        <Suspense fallback={spinner}>
          <BpmnCanvas xml={xml.data} done={done} current={current} maxHeight={h} />
        </Suspense>
      )}
    </div>
  );
}
