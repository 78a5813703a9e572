/**
 * The scenario on screen and the year shown. The workspace is the only
 * writer of both: its fields are private and read through getters, and
 * every edit passes through `apply` (or `open`, `receive`, `resume`): the new
 * scenario is validated first, and when it is refused the previous one stays
 * and the reasons are kept in `issues`. Every applied edit (and every
 * scenario opened) can be undone and redone. After the svelte.dev REPL's
 * `Workspace`.
 */
import { createContext } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { Notice } from '$lib/i18n/notices';
import { parseScenario, type Scenario, type ValidationIssue } from '$lib/model';
import { History } from './history';

/** What one undo step restores: the scenario and what "reset" goes back to. */
interface Snapshot {
	scenario: Scenario;
	baseline: Scenario;
}

// Slider moves with the same label within this time are one undo step (one drag).
const DRAG_MS = 800;

export class Workspace {
	#scenario: Scenario = $state.raw() as Scenario;
	#baseline: Scenario = $state.raw() as Scenario;
	#year = $state(0);
	#issues: ValidationIssue[] = $state.raw([]);
	#notices: Notice[] = $state.raw([]);

	/** the scenario on screen */
	get scenario(): Scenario {
		return this.#scenario;
	}
	/** the scenario as loaded (region figures, example): what "reset" goes back to */
	get baseline(): Scenario {
		return this.#baseline;
	}
	/** the year asked for (absolute); the charts show `shownYear` */
	get year(): number {
		return this.#year;
	}
	/** why the last edit was refused; empty when it was applied */
	get issues(): ValidationIssue[] {
		return this.#issues;
	}
	/** what opening the scenario could not keep, shown until dismissed or the next load */
	get notices(): Notice[] {
		return this.#notices;
	}

	firstYear = $derived(this.#scenario.baseYear + 1);
	lastYear = $derived(this.#scenario.baseYear + this.#scenario.horizonYears);
	shownYear = $derived(Math.min(this.lastYear, Math.max(this.firstYear, this.#year)));

	private history = new History<Snapshot>({ coalesceMs: DRAG_MS });
	// History is plain TypeScript; this counter tells the UI when it changed.
	private historyVersion = $state(0);
	canUndo = $derived.by(() => (this.historyVersion, this.history.canUndo));
	canRedo = $derived.by(() => (this.historyVersion, this.history.canRedo));
	undoLabel = $derived.by(() => (this.historyVersion, this.history.undoLabel));
	redoLabel = $derived.by(() => (this.historyVersion, this.history.redoLabel));
	recent = $derived.by(() => (this.historyVersion, this.history.recent(8)));

	constructor(initial: Scenario) {
		this.load(initial);
	}

	/** Open a scenario (already valid) as the new baseline, without an undo step. */
	load(scenario: Scenario, notices: Notice[] = []) {
		this.#baseline = scenario;
		this.#scenario = scenario;
		this.#year = scenario.baseYear + 1;
		this.#issues = [];
		this.#notices = notices;
	}

	/**
	 * Take up where the last visit left off (the working copy, validated by
	 * the store when read), without an undo step.
	 */
	resume(
		working: { scenario: Scenario; baseline?: Scenario; year?: number },
		notices: Notice[] = []
	) {
		this.load(working.baseline ?? working.scenario, notices);
		this.#scenario = working.scenario;
		if (working.year) this.#year = working.year;
	}

	/** Show another year (clamped to the horizon when shown). */
	setYear(year: number) {
		if (Number.isFinite(year)) this.#year = Math.round(year);
	}

	/** One year on or back, within the horizon. */
	stepYear(delta: number) {
		this.#year = Math.min(this.lastYear, Math.max(this.firstYear, this.shownYear + delta));
	}

	/** The user has read the notices of the last opening. */
	dismissNotices() {
		this.#notices = [];
	}

	/** The refused input has been corrected or abandoned. */
	clearIssues() {
		this.#issues = [];
	}

	/**
	 * Open a scenario from outside (a region, a file, a link): validated first;
	 * false and `issues` when refused. Undoable: the scenario that was open comes back.
	 */
	open(candidate: unknown, notices: Notice[] = [], label = i18n.t('undoOpened')): boolean {
		const parsed = parseScenario(candidate);
		if (!parsed.ok) {
			this.#issues = parsed.issues;
			return false;
		}
		this.remember(label);
		this.load(parsed.scenario, notices);
		return true;
	}

	/** Apply an edit; false (and `issues` set) when the result is invalid. */
	apply(edit: (s: Scenario) => Scenario, label = i18n.t('undoEdit')): boolean {
		const parsed = parseScenario(edit(this.scenario));
		if (!parsed.ok) {
			this.#issues = parsed.issues;
			return false;
		}
		this.remember(label);
		this.#issues = [];
		this.#scenario = parsed.scenario;
		return true;
	}

	/** Take the state of another window (presenter screen): validated, baseline kept. */
	receive(candidate: unknown, year: number) {
		const parsed = parseScenario(candidate);
		if (!parsed.ok) return;
		this.#scenario = parsed.scenario;
		this.#year = year;
	}

	/** Refuse an edit that never became a scenario (text where a number belongs), in the UI's words. */
	refuse(field: string, text: string) {
		this.#issues = [
			{ path: field, field, place: { in: 'scenario' }, kind: 'typed', facts: { text } }
		];
	}

	resetAll() {
		this.apply(() => this.baseline, i18n.t('resetAll'));
	}

	undo() {
		this.restore(this.history.undo(this.snapshot()));
	}

	redo() {
		this.restore(this.history.redo(this.snapshot()));
	}

	/** Back to the state before recent edit `index` (see `recent`). */
	jumpTo(index: number) {
		this.restore(this.history.jumpTo(index, this.snapshot()));
	}

	private snapshot(): Snapshot {
		return { scenario: this.scenario, baseline: this.baseline };
	}

	private remember(label: string) {
		this.history.push(this.snapshot(), label);
		this.historyVersion++;
	}

	private restore(s: Snapshot | null) {
		this.historyVersion++;
		if (!s) return;
		this.#scenario = s.scenario;
		this.#baseline = s.baseline;
		this.#issues = [];
	}
}

export const [getWorkspace, setWorkspace] = createContext<Workspace>();
