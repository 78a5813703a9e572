export * from './types';
export { simulate } from './engine';
export { runScenario, engineApi, type EngineApi, type RunOutcome } from './api';
export {
	parseScenario,
	parseScenarioText,
	serializeScenario,
	FORMAT,
	VERSION,
	type ParseResult,
	type ValidationIssue
} from './scenario';
export { MUNICIPALITY_FIELDS, DEMAND_FIELDS, SCENARIO_FIELDS, fieldLabel } from './fields';
