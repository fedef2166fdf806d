/**
 * A bar/line or pie chart of the after-sales statistics (ECharts through echarts/core with only
 * what is used here and the SVG renderer; imported lazily so the pages load without it).
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface AsSeries {
  name: string;
  type: 'bar' | 'line';
  data: (number | null)[];
  right?: boolean;
}

export type AsChartProps =
  | { kind: 'axis'; categories: string[]; series: AsSeries[]; height?: number; testId?: string; horizontal?: boolean }
  | { kind: 'pie'; slices: { name: string; value: number }[]; height?: number; testId?: string };

export default function AsChart(props: AsChartProps) {
  const box = useRef<HTMLDivElement>(null);
  // Redraw only when the data change, not on every render of the page (props are built inline).
  const key = JSON.stringify(props);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    if (props.kind === 'pie') {
      chart.setOption({
        tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
        legend: { top: 0, type: 'scroll' },
        series: [{ type: 'pie', radius: ['35%', '65%'], top: 24, data: props.slices, label: { formatter: '{b} {c}' } }],
      });
    } else {
      const twoAxes = props.series.some((s) => s.right);
      // Long labels (equipment · fault) are cut so the bars keep their room.
      const cat = { type: 'category', data: props.categories, axisLabel: props.horizontal ? { width: 140, overflow: 'truncate' } : { hideOverlap: true } };
      const val = twoAxes ? [{ type: 'value' }, { type: 'value', splitLine: { show: false } }] : [{ type: 'value' }];
      chart.setOption({
        grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
        legend: { top: 0, type: 'scroll' },
        tooltip: { trigger: 'axis' },
        xAxis: props.horizontal ? val : cat,
        yAxis: props.horizontal ? cat : val,
        series: props.series.map((s) => ({ name: s.name, type: s.type, data: s.data, yAxisIndex: s.right && twoAxes ? 1 : 0, barMaxWidth: 28, connectNulls: true })),
      });
    }
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
    // `key` stands for `props`.
  }, [key]);
  return <div ref={box} style={{ width: '100%', height: props.height ?? 300 }} data-testid={props.testId} />;
}
