import { describe, expect, it } from 'vitest';
import {
  formatAgreement,
  formatDuration,
  formatInteger,
  formatMean,
  formatMoney,
  formatPointChange,
  formatRate,
  formatInterval,
  formatRelativeChange,
  formatScore,
  formatScoreChange,
  formatSentiment,
} from './numbers.js';

describe('numbers', () => {
  it('groups integers and shows a dash for a missing value, never 0', () => {
    expect(formatInteger(12345, 'en')).toBe('12,345');
    expect(formatInteger(12345, 'zh-CN')).toBe('12,345');
    expect(formatInteger(0, 'en')).toBe('0');
    expect(formatInteger(null, 'en')).toBe('—');
  });

  it('shows rates as percentages with one decimal', () => {
    // 12 / 18 = 0.666… → 66.7 %
    expect(formatRate(12 / 18, 'en')).toBe('66.7%');
    expect(formatRate(12 / 18, 'zh-CN')).toBe('66.7%');
    expect(formatRate(1, 'en')).toBe('100.0%');
    expect(formatRate(null, 'zh-CN')).toBe('—');
  });

  it('shows the CSAT mean with two decimals', () => {
    expect(formatMean(4.125, 'en')).toBe('4.13');
    expect(formatMean(4, 'zh-CN')).toBe('4.00');
    expect(formatMean(null, 'en')).toBe('—');
  });

  it('picks seconds, minutes or hours', () => {
    expect(formatDuration(45, 'en')).toBe('45 sec');
    expect(formatDuration(1.25, 'en')).toBe('1.3 sec');
    expect(formatDuration(150, 'en')).toBe('2.5 min');
    expect(formatDuration(5400, 'en')).toBe('1.5 hr');
    expect(formatDuration(45, 'zh-CN')).toBe('45秒');
    expect(formatDuration(150, 'zh-CN')).toBe('2.5分钟');
    expect(formatDuration(5400, 'zh-CN')).toBe('1.5小时');
    expect(formatDuration(null, 'en')).toBe('—');
  });

  it('signs changes: points for rates, relative percentages otherwise', () => {
    // 0.70 - 0.65 = 5 points
    expect(formatPointChange(0.05, 'en', 'pp')).toBe('+5.0 pp');
    expect(formatPointChange(-0.123, 'zh-CN', '个百分点')).toBe('-12.3 个百分点');
    expect(formatPointChange(0, 'en', 'pp')).toBe('0.0 pp');
    expect(formatPointChange(null, 'en', 'pp')).toBe('—');
    // 120 against 100 → +20 %
    expect(formatRelativeChange(0.2, 'en')).toBe('+20.0%');
    expect(formatRelativeChange(-0.05, 'en')).toBe('-5.0%');
    expect(formatRelativeChange(null, 'en')).toBe('—');
  });

  it("shows money in the answer's currency, as each language writes it", () => {
    expect(formatMoney(42.7223, 'CNY', 'en')).toBe('CN¥42.72');
    expect(formatMoney(42.7223, 'CNY', 'zh-CN')).toBe('¥42.72');
    expect(formatMoney(-34134.5, 'USD', 'en')).toBe('-$34,134.50');
    // Yen have no minor unit.
    expect(formatMoney(1234.5, 'JPY', 'en')).toBe('¥1,235');
    expect(formatMoney(null, 'CNY', 'en')).toBe('—');
  });

  it('signs sentiments with two decimals', () => {
    expect(formatSentiment(-0.2982, 'en')).toBe('-0.30');
    expect(formatSentiment(0.0591, 'zh-CN')).toBe('+0.06');
    expect(formatSentiment(0, 'en')).toBe('0.00');
    expect(formatSentiment(null, 'en')).toBe('—');
  });

  it('shows QA scores with one decimal and intervals as low–high', () => {
    // (100 + 400 / 7) / 2 = 78.571428… → 78.6
    expect(formatScore((100 + 400 / 7) / 2, 'en')).toBe('78.6');
    expect(formatScore(100, 'zh-CN')).toBe('100.0');
    expect(formatScore(null, 'en')).toBe('—');
    expect(formatInterval([57.14, 100], formatScore, 'en')).toBe('57.1–100.0');
    expect(formatInterval([0.391, 0.862], formatRate, 'en')).toBe('39.1%–86.2%');
    expect(formatInterval(null, formatScore, 'en')).toBe('—');
  });

  it('shows agreement with three decimals and score differences signed', () => {
    expect(formatAgreement(2 / 3, 'en')).toBe('0.667');
    expect(formatAgreement(-0.05, 'zh-CN')).toBe('-0.050');
    expect(formatAgreement(null, 'en')).toBe('—');
    expect(formatScoreChange(4.25, 'en')).toBe('+4.3');
    expect(formatScoreChange(-12.5, 'en')).toBe('-12.5');
    expect(formatScoreChange(0, 'en')).toBe('0.0');
    expect(formatScoreChange(null, 'en')).toBe('—');
  });
});
