/**
 * Import and export of tables (CSV, XLSX) and of the scenario file (JSON).
 * The UI uses only what is exported here; the modules behind it are pure
 * TypeScript and run in the browser and in Node alike.
 */
export {
	previewImport,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_ROWS,
	type ImportPreview,
	type ImportRow,
	type ImportColumn,
	type ImportSource,
	type FieldChange
} from './importTable';
export {
	exportCsv,
	exportFiguresCsv,
	exportResultsCsv,
	exportXlsx,
	exportScenarioJson,
	exportFileNames,
	neutralise
} from './exportTable';
export { templateCsv, templateXlsx, templateFileNames, TEMPLATE_FIELDS } from './template';
export { decodeText, type DecodedText, type TextEncodingName } from './decode';
export {
	parseNumber,
	readTypedNumber,
	percentToFraction,
	type ParsedNumber,
	type DecimalMark
} from './numbers';
export { matchColumns, type ColumnKey } from './columns';
export { readScenarioFile, scenarioFileTooLarge } from './scenarioFile';
