// Okabe–Ito colours: distinguishable with every common form of colour blindness.
export const PALETTE = {
  bot: '#0072B2',
  human: '#E69F00',
  rate: '#009E73',
  accent: '#CC79A7',
  heatLow: '#F0F7FC',
  heatHigh: '#0072B2',
  axis: '#64748B',
} as const;
