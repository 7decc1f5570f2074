import { ScatterChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';

// Imported by the components that draw scatter series, target lines or labels that must not overlap.
// Those live on pages loaded on demand, so these modules travel in their chunk, not the first page's.
use([ScatterChart, MarkLineComponent, LabelLayout]);
