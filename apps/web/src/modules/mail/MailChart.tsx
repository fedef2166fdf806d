/** Stacked bars of the monthly business mail cost per department (echarts/core, loaded lazily). */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ReportRow } from './api';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export default function MailChart({ months, rows }: { months: string[]; rows: ReportRow[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    const departments = [...new Set(rows.map((r) => r.departmentName))];
    chart.setOption({
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => v.toFixed(2) },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value' },
      series: departments.map((d) => ({
        name: d,
        type: 'bar',
        stack: 'cost',
        barMaxWidth: 36,
        data: months.map((m) => (rows.find((r) => r.month === m && r.departmentName === d)?.businessFen ?? 0) / 100),
      })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [months, rows]);
  return <div ref={box} style={{ width: '100%', height: 320 }} data-testid="mail-chart" />;
}
