export { toRasaNluYaml } from './rasa-yaml.js';
export { toDialogflowCsv } from './dialogflow-csv.js';
export { toJsonl } from './jsonl.js';
