/**
 * What went wrong outside the model, in Dutch and English from one table:
 * import problems per file and per row (io/importTable.ts), refused share
 * links (storage/shareLink.ts), storage that cannot be used or read back
 * (storage/scenarioStore.ts) and the map that did not load. The producers
 * give a kind and its facts; every kind must have both languages or the
 * type check fails. Row problems name the line, the municipality and the
 * field.
 */
import type { CellProblem, ImportProblem, RowPlace } from '../io/importTable';
import type { StorageFailure, StoreNotice, StoreProblem } from '../storage/scenarioStore';
import type { LinkProblem } from '../storage/shareLink';
import { fieldName } from './fieldNames';
import { issueText, issuesText } from './issues';
import { FORMATS, LOCALES, type Formats, type Lang } from './locale';

export type Problem =
	| ImportProblem
	| LinkProblem
	| StoreProblem
	| StoreNotice
	| { kind: 'storageUnavailable'; reason: StorageFailure }
	| { kind: 'lastWriteFailed' }
	| { kind: 'mapUnavailable' };

export type ProblemKind = Problem['kind'];

type Of<K extends ProblemKind> = Extract<Problem, { kind: K }>;

interface Words extends Formats {
	lang: Lang;
	/** "Regel 4, gemeente Assen (GM0106)" */
	row(at: RowPlace): string;
	field(key: string): string;
	/** a number of the import, with up to six decimals */
	exact(x: number): string;
}

type Render<K extends ProblemKind> = (p: Of<K>, w: Words) => string;

/** How many reasons a refused share link repeats. */
const LINK_ISSUES = 3;

const ROW: Record<Lang, (at: RowPlace) => string> = {
	nl: (at) => `Regel ${at.line}, gemeente ${rowName(at, 'met code')}`,
	en: (at) => `Line ${at.line}, municipality ${rowName(at, 'with code')}`
};

/** The scenario's municipality as it is, or the file's words in quotes. */
function rowName(at: RowPlace, withCode: string): string {
	if (at.matched) return `${at.name} (${at.code})`;
	if (at.name && at.code) return `‘${at.name}’ (${at.code})`;
	return at.name ? `‘${at.name}’` : `${withCode} ${at.code}`;
}

const CELL: {
	[K in CellProblem['is']]: Record<
		Lang,
		(c: Extract<CellProblem, { is: K }>, show: (x: number, share: boolean) => string) => string
	>;
} = {
	notFinite: { nl: () => 'is geen eindig getal', en: () => 'is not a finite number' },
	date: {
		nl: (c) => `‘${c.text}’ is een datum, geen getal`,
		en: (c) => `‘${c.text}’ is a date, not a number`
	},
	notANumber: { nl: (c) => `‘${c.text}’ is geen getal`, en: (c) => `‘${c.text}’ is not a number` },
	tooLarge: { nl: (c) => `‘${c.text}’ is te groot`, en: (c) => `‘${c.text}’ is too large` },
	percentForCount: {
		nl: (c) => `‘${c.text}’ is een percentage; hier hoort een aantal`,
		en: (c) => `‘${c.text}’ is a percentage; a number belongs here`
	},
	notWhole: {
		nl: (c, show) => `moet een geheel getal zijn, maar is ${show(c.value, c.share)}`,
		en: (c, show) => `must be a whole number, but is ${show(c.value, c.share)}`
	},
	belowMin: {
		nl: (c, show) =>
			`moet minstens ${show(c.min, c.share)} zijn, maar is ${show(c.value, c.share)}`,
		en: (c, show) => `must be at least ${show(c.min, c.share)}, but is ${show(c.value, c.share)}`
	},
	aboveMax: {
		nl: (c, show) =>
			`mag hoogstens ${show(c.max, c.share)} zijn, maar is ${show(c.value, c.share)}`,
		en: (c, show) => `may be at most ${show(c.max, c.share)}, but is ${show(c.value, c.share)}`
	}
};

const STORAGE: Record<StorageFailure, Record<Lang, string>> = {
	unsupported: {
		nl: 'Opslaan in deze browser lukt niet (privévenster, opslag uitgeschakeld of niet beschikbaar).',
		en: 'Saving in this browser does not work (private window, storage switched off or not available).'
	},
	blocked: {
		nl: 'Opslaan in deze browser lukt nu niet: Verdeelwijzer staat nog open in een ander tabblad met een oudere versie. Sluit dat tabblad en laad deze pagina opnieuw.',
		en: 'Saving in this browser does not work now: Verdeelwijzer is still open in another tab with an older version. Close that tab and reload this page.'
	},
	quota: {
		nl: 'Opslaan in deze browser lukt niet: er is geen ruimte meer.',
		en: 'Saving in this browser does not work: there is no space left.'
	},
	failed: {
		nl: 'Opslaan in deze browser lukt niet (privévenster of geen ruimte meer).',
		en: 'Saving in this browser does not work (private window or no space left).'
	}
};

const KEEP_WORKING: Record<Lang, string> = {
	nl: 'De app werkt gewoon door; bewaar je scenario als bestand.',
	en: 'The app keeps working; save your scenario as a file.'
};

const LINK_LEAD: Record<Lang, [string, string]> = {
	nl: ['Deze deellink kan niet worden geopend:', 'Het scenario dat open stond, blijft open.'],
	en: ['This share link cannot be opened:', 'The scenario that was open stays open.']
};

const TEXTS: { [K in ProblemKind]: Record<Lang, Render<K>> } = {
	// ---- import: the file
	fileTooLarge: {
		nl: (p, w) =>
			`Het bestand is te groot (${w.megabytes(p.bytes)} MB); een importbestand mag hoogstens ${w.megabytes(p.max)} MB zijn.`,
		en: (p, w) =>
			`The file is too large (${w.megabytes(p.bytes)} MB); an import file may be at most ${w.megabytes(p.max)} MB.`
	},
	fileEmpty: { nl: () => 'Het bestand is leeg.', en: () => 'The file is empty.' },
	oldExcel: {
		nl: () =>
			'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.',
		en: () =>
			'This is an old Excel file (.xls). Save it in Excel as an Excel workbook (.xlsx) or as CSV and try again.'
	},
	notATable: {
		nl: () =>
			'Dit is geen tekstbestand (CSV) en geen Excel-werkmap (.xlsx). Sla de tabel in Excel op als CSV of .xlsx.',
		en: () =>
			'This is neither a text file (CSV) nor an Excel workbook (.xlsx). Save the table in Excel as CSV or .xlsx.'
	},
	jsonFile: {
		nl: () =>
			'Dit is een JSON-bestand, geen tabel. Een scenariobestand opent u met ‘Scenario openen’.',
		en: () => 'This is a JSON file, not a table. Open a scenario file with ‘Open scenario’.'
	},
	xlsxUnreadable: {
		nl: () =>
			'Het Excel-bestand kan niet worden gelezen. Is het wel een Excel-werkmap (.xlsx)? Sla het in Excel opnieuw op als .xlsx of als CSV.',
		en: () =>
			'The Excel file cannot be read. Is it an Excel workbook (.xlsx)? Save it again in Excel as .xlsx or as CSV.'
	},
	xlsxUnpacksTooLarge: {
		nl: (p, w) =>
			`Het Excel-bestand pakt uit tot ${p.megabytes === null ? 'meer dan 4.096' : w.count(p.megabytes)} MB in ${w.count(p.entries)} delen; een importbestand mag uitpakken tot hoogstens ${w.count(p.maxMegabytes)} MB in ${w.count(p.maxEntries)} delen. Sla de tabel op als CSV of als kleinere .xlsx.`,
		en: (p, w) =>
			`The Excel file unpacks to ${p.megabytes === null ? 'more than 4,096' : w.count(p.megabytes)} MB in ${w.count(p.entries)} parts; an import file may unpack to at most ${w.count(p.maxMegabytes)} MB in ${w.count(p.maxEntries)} parts. Save the table as CSV or as a smaller .xlsx.`
	},
	workbook: { nl: (p) => p.message, en: (p) => p.message },
	workbookTooLarge: {
		nl: (p, w) =>
			`Het Excel-bestand pakt uit tot ${w.count(Math.round(p.bytes / 1024 / 1024))} MB; dat is meer dan ${w.count(Math.round(p.max / 1024 / 1024))} MB en wordt niet gelezen. Sla de tabel op als CSV of als kleinere .xlsx.`,
		en: (p, w) =>
			`The Excel file unpacks to ${w.count(Math.round(p.bytes / 1024 / 1024))} MB; that is more than ${w.count(Math.round(p.max / 1024 / 1024))} MB and is not read. Save the table as CSV or as a smaller .xlsx.`
	},
	tooManyCells: {
		nl: (p, w) =>
			`Het bestand heeft ${w.count(p.cells)} cellen; een importbestand mag er hoogstens ${w.count(p.max)} hebben. Is dit het goede bestand?`,
		en: (p, w) =>
			`The file has ${w.count(p.cells)} cells; an import file may have at most ${w.count(p.max)}. Is this the right file?`
	},
	oneColumn: {
		nl: () =>
			'Er is maar één kolom gevonden. Scheid de kolommen met een puntkomma (;), een komma (,) of een tab.',
		en: () =>
			'Only one column was found. Separate the columns with a semicolon (;), a comma (,) or a tab.'
	},
	noIdColumn: {
		nl: () =>
			'Geen kolom met de gemeentecode of de gemeentenaam gevonden. Zet boven de tabel kolomnamen als ‘Gemeentecode’, ‘Gemeente’ en ‘Inwoners’.',
		en: () =>
			'No column with the municipality code or name found. Put column names such as ‘Municipality code’, ‘Municipality’ and ‘Inhabitants’ above the table.'
	},
	duplicateColumns: {
		nl: (p, w) =>
			`De kolommen ‘${p.a}’ en ‘${p.b}’ betekenen allebei ‘${w.field(p.field)}’; laat er één staan.`,
		en: (p, w) =>
			`The columns ‘${p.a}’ and ‘${p.b}’ both mean ‘${w.field(p.field)}’; keep one of them.`
	},
	noDataColumn: {
		nl: () =>
			'Geen kolom met gegevens herkend. Bekende kolomnamen zijn bijvoorbeeld ‘Inwoners’, ‘Woningvoorraad’, ‘Aandeel sociale huur’ en ‘Mutatiegraad’.',
		en: () =>
			'No column with figures recognised. Known column names are for instance ‘Inhabitants’, ‘Dwelling stock’, ‘Social rent share’ and ‘Mutation rate’.'
	},
	noDataRows: {
		nl: () => 'Onder de kopregel staan geen gegevens.',
		en: () => 'There are no figures below the header row.'
	},
	tooManyRows: {
		nl: (p, w) =>
			`Het bestand heeft ${w.count(p.rows)} gegevensregels; een regio heeft er hoogstens ${w.count(p.max)}. Is dit het goede bestand?`,
		en: (p, w) =>
			`The file has ${w.count(p.rows)} data rows; a region has at most ${w.count(p.max)}. Is this the right file?`
	},
	noRowInRegion: {
		nl: () => 'Geen enkele regel in het bestand hoort bij een gemeente van deze regio.',
		en: () => 'No line in the file belongs to a municipality of this region.'
	},
	// ---- import: one row
	rowNoId: {
		nl: (p) => `Regel ${p.line}: geen gemeentecode en geen gemeentenaam.`,
		en: (p) => `Line ${p.line}: no municipality code and no municipality name.`
	},
	rowCodeNameMismatch: {
		nl: (p) =>
			`Regel ${p.line}: de code ${p.code} hoort bij ${p.codeName}, maar de naam ‘${p.name}’ bij een andere gemeente.`,
		en: (p) =>
			`Line ${p.line}: the code ${p.code} belongs to ${p.codeName}, but the name ‘${p.name}’ to another municipality.`
	},
	rowNameAmbiguous: {
		nl: (p) =>
			`Regel ${p.line}: er zijn meer gemeenten met de naam ‘${p.name}’; geef de gemeentecode.`,
		en: (p) =>
			`Line ${p.line}: more than one municipality is called ‘${p.name}’; give the municipality code.`
	},
	rowUnknown: {
		nl: (p) =>
			`Regel ${p.at.line}: gemeente ${rowName(p.at, 'met code')} komt niet voor in dit scenario.`,
		en: (p) =>
			`Line ${p.at.line}: municipality ${rowName(p.at, 'with code')} is not in this scenario.`
	},
	rowDuplicate: {
		nl: (p, w) => `${w.row(p.at)}: staat al op regel ${p.earlier}.`,
		en: (p, w) => `${w.row(p.at)}: already on line ${p.earlier}.`
	},
	rowShifted: {
		nl: (p) =>
			`Regel ${p.line} heeft ${p.cells} cellen, maar de kopregel ${p.headerCells}.` +
			(p.commaSeparated
				? ' Staat er een komma in een getal? Zet zulke getallen tussen aanhalingstekens of gebruik de puntkomma (;) als scheidingsteken.'
				: ''),
		en: (p) =>
			`Line ${p.line} has ${p.cells} cells, but the header row ${p.headerCells}.` +
			(p.commaSeparated
				? ' Is there a comma in a number? Put such numbers in quotes or use the semicolon (;) as separator.'
				: '')
	},
	cell: {
		nl: (p, w) => `${w.row(p.at)}, veld ‘${w.field(p.field)}’: ${cellText(p.problem, w)}.`,
		en: (p, w) => `${w.row(p.at)}, field ‘${w.field(p.field)}’: ${cellText(p.problem, w)}.`
	},
	scenario: {
		nl: (p) => (p.line ? `Regel ${p.line}: ` : '') + issueText(p.issue, 'nl'),
		en: (p) => (p.line ? `Line ${p.line}: ` : '') + issueText(p.issue, 'en')
	},
	// ---- share links
	linkUnreadable: {
		nl: () => 'de inhoud kon niet worden gelezen.',
		en: () => 'its content could not be read.'
	},
	linkDamaged: {
		nl: () =>
			'de link is beschadigd of onvolledig (misschien niet helemaal gekopieerd). Kopieer de link opnieuw, in zijn geheel.',
		en: () =>
			'the link is damaged or incomplete (perhaps not copied entirely). Copy the link again, all of it.'
	},
	linkTooLong: {
		nl: (p, w) => `de link is te lang (${w.count(p.length)} tekens; hoogstens ${w.count(p.max)}).`,
		en: (p, w) =>
			`the link is too long (${w.count(p.length)} characters; at most ${w.count(p.max)}).`
	},
	linkEmpty: {
		nl: () => 'er staat geen scenario in (niets na ‘#s=’).',
		en: () => 'it holds no scenario (nothing after ‘#s=’).'
	},
	linkUnpacksTooLarge: {
		nl: (p, w) =>
			`de inhoud pakt uit tot meer dan ${w.megabytes(p.max)} MB; een scenario is hoogstens ${w.megabytes(p.max)} MB.`,
		en: (p, w) =>
			`its content unpacks to more than ${w.megabytes(p.max)} MB; a scenario is at most ${w.megabytes(p.max)} MB.`
	},
	linkNotText: {
		nl: () => 'de inhoud is geen leesbare tekst.',
		en: () => 'its content is not readable text.'
	},
	linkNotJson: {
		nl: () => 'de inhoud is geen scenario (geen geldige JSON).',
		en: () => 'its content is not a scenario (not valid JSON).'
	},
	linkTooDeep: {
		nl: () => 'de inhoud is geen scenario (veel te diep genest).',
		en: () => 'its content is not a scenario (nested far too deep).'
	},
	linkInvalid: {
		nl: (p) => `het scenario erin klopt niet. ${issuesText(p.issues, 'nl', LINK_ISSUES)}`,
		en: (p) => `the scenario in it is not valid. ${issuesText(p.issues, 'en', LINK_ISSUES)}`
	},
	// ---- storage
	savedIncomplete: {
		nl: (p) =>
			`Het opgeslagen scenario ‘${p.name}’ kan niet meer worden geopend: de opgeslagen gegevens zijn onvolledig.`,
		en: (p) =>
			`The saved scenario ‘${p.name}’ can no longer be opened: the stored data are incomplete.`
	},
	savedInvalid: {
		nl: (p) =>
			`Het opgeslagen scenario ‘${p.name}’ kan niet meer worden geopend: ${issuesText(p.issues, 'nl')}`,
		en: (p) =>
			`The saved scenario ‘${p.name}’ can no longer be opened: ${issuesText(p.issues, 'en')}`
	},
	workingIncomplete: {
		nl: () =>
			'Het scenario van de vorige keer kan niet worden hersteld: de gegevens zijn onvolledig.',
		en: () => 'The scenario of last time cannot be restored: the data are incomplete.'
	},
	workingInvalid: {
		nl: (p) =>
			`Het scenario van de vorige keer kan niet worden hersteld: ${issuesText(p.issues, 'nl')}`,
		en: (p) => `The scenario of last time cannot be restored: ${issuesText(p.issues, 'en')}`
	},
	workingUnreadable: {
		nl: () =>
			'Het scenario van de vorige keer kan niet worden hersteld: het bewaarde werkexemplaar kan niet worden gelezen.',
		en: () => 'The scenario of last time cannot be restored: the kept working copy cannot be read.'
	},
	previousWorkingRestored: {
		nl: () =>
			'Het laatst bewaarde werkexemplaar kon niet worden gelezen; het exemplaar van de wijziging daarvoor is teruggezet.',
		en: () =>
			'The working copy kept last could not be read; the copy from the change before it was restored.'
	},
	baselineLost: {
		nl: () =>
			'Het oorspronkelijke scenario van de vorige keer kon niet worden hersteld; ‘terugzetten’ gaat nu naar het scenario zoals het nu geopend is.',
		en: () =>
			'The original scenario of last time could not be restored; ‘reset’ now goes back to the scenario as it is open now.'
	},
	storageUnavailable: {
		nl: (p) => `${STORAGE[p.reason].nl} ${KEEP_WORKING.nl}`,
		en: (p) => `${STORAGE[p.reason].en} ${KEEP_WORKING.en}`
	},
	lastWriteFailed: {
		nl: () =>
			'De laatste wijziging kon niet in deze browser worden bewaard; het werkexemplaar van daarvoor blijft bewaard. Bewaar je scenario zo nodig als bestand.',
		en: () =>
			'The last change could not be kept in this browser; the working copy before it stays kept. Save your scenario as a file if needed.'
	},
	mapUnavailable: {
		nl: () => 'De kaart kon niet worden geladen.',
		en: () => 'The map could not be loaded.'
	}
};

function cellText(c: CellProblem, w: Words): string {
	const show = (x: number, share: boolean) =>
		share ? `${w.exact(x * 100)}${w.lang === 'nl' ? ' %' : '%'}` : w.exact(x);
	return (CELL[c.is][w.lang] as (c: CellProblem, s: typeof show) => string)(c, show);
}

/** Every kind, for tests that render each one in both languages. */
export const PROBLEM_KINDS = Object.keys(TEXTS) as ProblemKind[];

const EXACT: Record<Lang, Intl.NumberFormat> = {
	nl: new Intl.NumberFormat(LOCALES.nl, { maximumFractionDigits: 6 }),
	en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 6 })
};

/** The columns that name the municipality, as a duplicate-columns problem says them. */
const ID_COLUMNS: Record<string, Record<Lang, string>> = {
	code: { nl: 'gemeentecode', en: 'municipality code' },
	name: { nl: 'gemeentenaam', en: 'municipality name' }
};

/** One problem as text in `lang`. */
export function problemText(problem: Problem, lang: Lang): string {
	const w: Words = {
		...FORMATS[lang],
		lang,
		row: ROW[lang],
		field: (key) => ID_COLUMNS[key]?.[lang] ?? fieldName(key, lang),
		exact: (x) => EXACT[lang].format(x)
	};
	const text = (TEXTS[problem.kind][lang] as Render<ProblemKind>)(problem, w);
	// A refused link says so first, and that what was open stays open.
	if (problem.kind.startsWith('link')) {
		const [lead, tail] = LINK_LEAD[lang];
		return `${lead} ${text} ${tail}`;
	}
	return text;
}
