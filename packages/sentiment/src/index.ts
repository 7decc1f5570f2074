export { messageSentiment } from './message-sentiment.ts';
export { sentimentLanguage } from './language.ts';
