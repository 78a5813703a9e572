/**
 * The scenario on screen and the year shown. Every edit passes through
 * `apply`: the new scenario is validated first, and when it is refused the
 * previous one stays and the Dutch reasons are kept in `issues`. Every
 * applied edit (and every scenario opened) can be undone and redone.
 */
import { createContext } from 'svelte';
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
	scenario: Scenario = $state.raw() as Scenario;
	/** the scenario as loaded (region figures, example): what "reset" goes back to */
	baseline: Scenario = $state.raw() as Scenario;
	/** the year the charts show (absolute) */
	year = $state(0);
	/** why the last edit was refused; empty when it was applied */
	issues: ValidationIssue[] = $state.raw([]);
	/** what opening the scenario could not keep (Dutch), shown until the next load */
	notices: string[] = $state.raw([]);

	firstYear = $derived(this.scenario.baseYear + 1);
	lastYear = $derived(this.scenario.baseYear + this.scenario.horizonYears);
	shownYear = $derived(Math.min(this.lastYear, Math.max(this.firstYear, this.year)));

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
	load(scenario: Scenario, notices: string[] = []) {
		this.baseline = scenario;
		this.scenario = scenario;
		this.year = scenario.baseYear + 1;
		this.issues = [];
		this.notices = notices;
	}

	/**
	 * Open a scenario from outside (a region, a file, a link): validated first;
	 * false and `issues` when refused. Undoable: the scenario that was open comes back.
	 */
	open(candidate: unknown, notices: string[] = [], label = 'Scenario geopend'): boolean {
		const parsed = parseScenario(candidate);
		if (!parsed.ok) {
			this.issues = parsed.issues;
			return false;
		}
		this.remember(label);
		this.load(parsed.scenario, notices);
		return true;
	}

	/** Apply an edit; false (and `issues` set) when the result is invalid. */
	apply(edit: (s: Scenario) => Scenario, label = 'Wijziging'): boolean {
		const parsed = parseScenario(edit(this.scenario));
		if (!parsed.ok) {
			this.issues = parsed.issues;
			return false;
		}
		this.remember(label);
		this.issues = [];
		this.scenario = parsed.scenario;
		return true;
	}

	/** Take the state of another window (presenter screen): validated, baseline kept. */
	receive(candidate: unknown, year: number) {
		const parsed = parseScenario(candidate);
		if (!parsed.ok) return;
		this.scenario = parsed.scenario;
		this.year = year;
	}

	/** Refuse an edit that never became a scenario (text where a number belongs). */
	refuse(field: string, message: string) {
		this.issues = [{ path: field, field, message }];
	}

	resetAll() {
		this.apply(() => this.baseline, 'Alles terugzetten');
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
		this.scenario = s.scenario;
		this.baseline = s.baseline;
		this.issues = [];
	}
}

export const [getWorkspace, setWorkspace] = createContext<Workspace>();
