export * from './types';
export { simulate } from './engine';
export type { SpreadingAnalysis, SpreadingFigures } from './spreading';
export { detectParadoxes, type ParadoxAlert, type ParadoxRun } from './paradox';
export { compareKeys, type KeyComparison, type KeyOutcome } from './compare';
export {
	runScenario,
	exploreScenario,
	estimateUncertainty,
	DEFAULT_UNCERTAINTY_RUNS,
	type UncertaintyOutcome,
	engineApi,
	type EngineApi,
	type RunOutcome,
	type ExploreOutcome
} from './api';
export {
	parseScenario,
	parseScenarioText,
	serializeScenario,
	FORMAT,
	VERSION,
	type ParseResult,
	type ValidationIssue
} from './scenario';
export {
	MUNICIPALITY_FIELDS,
	DEMAND_FIELDS,
	SCENARIO_FIELDS,
	type MunicipalityNumberField
} from './fields';
export type { Found, IssueFacts, IssueKind, IssuePlace } from './issues';
export { LIMITS, limitIssue } from './limits';
