/**
 * A bar/line chart for the vehicle reports (ECharts through echarts/core with only the charts and
 * components used here and the SVG renderer; imported lazily so the reports page loads without it).
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartSeries {
  name: string;
  type: 'bar' | 'line';
  data: (number | null)[];
  /** Plot against the right-hand axis (a second unit, e.g. yuan beside km). */
  right?: boolean;
}

export interface ReportChartProps {
  categories: string[];
  series: ChartSeries[];
  height?: number;
  testId?: string;
}

export default function ReportChart({ categories, series, height = 300, testId }: ReportChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    const twoAxes = series.some((s) => s.right);
    chart.setOption({
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: categories, axisLabel: { hideOverlap: true } },
      yAxis: twoAxes ? [{ type: 'value' }, { type: 'value', splitLine: { show: false } }] : [{ type: 'value' }],
      series: series.map((s) => ({
        name: s.name,
        type: s.type,
        data: s.data,
        yAxisIndex: s.right && twoAxes ? 1 : 0,
        barMaxWidth: 28,
        connectNulls: true,
      })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [categories, series]);
  return <div ref={box} style={{ width: '100%', height }} data-testid={testId} />;
}
