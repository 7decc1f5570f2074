import type { ECElementEvent } from 'echarts/core';
import type { Action } from 'svelte/action';
import { createChart, type ChartOption } from './echarts.js';

interface ChartParams {
  option: ChartOption;
  onClick?: (event: ECElementEvent) => void;
}

/**
 * The one owner of an ECharts instance: created with the node, redrawn from scratch on every new
 * option (notMerge, so a series that disappears is really gone), resized with its box, disposed
 * with the node. Components only prepare options.
 */
export const chart: Action<HTMLElement, ChartParams> = (node, params) => {
  const instance = createChart(node);
  let onClick = params.onClick;
  const draw = (option: ChartOption) => {
    instance.setOption(option, { notMerge: true });
    node.dataset['state'] = 'ready';
  };
  instance.on('click', (event) => onClick?.(event));
  draw(params.option);
  const resize = new ResizeObserver(() => instance.resize());
  resize.observe(node);
  return {
    update(next) {
      onClick = next.onClick;
      draw(next.option);
    },
    destroy() {
      resize.disconnect();
      instance.dispose();
    },
  };
};
