import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The data the Java side sends: one label per session and one value (or null) per session and series. */
interface ChartData {
  sessions: string[];
  series: { name: string; values: (number | null)[]; dashed: boolean; visible: boolean }[];
  /** Points an index must move to count as reliable change (provisional norms). */
  reliableChange: number;
  description: string;
}

/**
 * Scores over sessions, drawn by Apache ECharts as SVG. Gaps (a partner who skipped a session) stay
 * gaps in the points; the line joins the answered sessions.
 */
@customElement('kindred-score-chart')
export class ScoreChart extends LitElement {
  static styles = css`
    :host { display: block; width: 100%; height: 340px; }
    #chart { width: 100%; height: 100%; }
  `;

  @property({ type: Object }) data?: ChartData;

  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="chart" role="img" aria-label=${this.data?.description ?? 'Score chart'}></div>`;
  }

  firstUpdated() {
    const element = this.renderRoot.querySelector('#chart') as HTMLElement;
    this.chart = echarts.init(element, undefined, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.draw();
  }

  updated() {
    this.draw();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private draw() {
    if (!this.chart || !this.data) {
      return;
    }
    const data = this.data;
    const band = Math.round(data.reliableChange);
    const points = data.series.filter(s => s.visible).reduce((n, s) => n + s.values.filter(v => v !== null).length, 0);
    this.setAttribute('data-points', String(points));
    this.chart.setOption({
      animation: false,
      color: ['#0072B2', '#D55E00', '#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#000000', '#F0E442'],
      grid: { left: 40, right: 16, top: 40, bottom: 40 },
      legend: {
        top: 0,
        type: 'scroll',
        selected: Object.fromEntries(data.series.map(s => [s.name, s.visible]))
      },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : String(Math.round(Number(v)))),
        extraCssText: 'max-width: 320px; white-space: normal;',
        formatter: (params: any) => {
          const rows = (Array.isArray(params) ? params : [params])
            .filter((p: any) => p.value !== null && p.value !== undefined)
            .map((p: any) => `${p.marker}${p.seriesName}: <b>${Math.round(Number(p.value))}</b>`);
          const title = Array.isArray(params) && params.length ? params[0].axisValueLabel : '';
          return `${title}<br>${rows.join('<br>')}<br><span style="opacity:.75">Reliable change: a move of ${band} points or more`
            + ' from the previous assessment (provisional norms)</span>';
        }
      },
      xAxis: { type: 'category', data: data.sessions, boundaryGap: false },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25 },
      series: data.series.map(s => ({
        name: s.name,
        type: 'line',
        data: s.values,
        connectNulls: true,
        showSymbol: true,
        symbolSize: 7,
        lineStyle: { type: s.dashed ? 'dashed' : 'solid', width: s.dashed ? 1.5 : 2.5 }
      }))
    }, true);
  }
}
