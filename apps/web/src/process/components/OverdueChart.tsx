/**
 * Bar chart of overdue items per department (ECharts through echarts/core with only the bar
 * chart, grid, tooltip and SVG renderer; this module is loaded lazily).
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export interface OverdueChartProps {
  rows: { name: string; count: number }[];
  seriesName: string;
  height?: number;
}

export default function OverdueChart({ rows, seriesName, height = 280 }: OverdueChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: seriesName, type: 'bar', data: rows.map((r) => r.count), itemStyle: { color: '#e5484d' }, barMaxWidth: 36, label: { show: true, position: 'top' } }],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [rows, seriesName]);
  return <div ref={box} style={{ width: '100%', height }} data-testid="overdue-chart" />;
}
