/**
 * The scenario on screen and the year shown. Every edit passes through
 * `apply`: the new scenario is validated first, and when it is refused the
 * previous one stays and the Dutch reasons are kept in `issues`.
 */
import { createContext } from 'svelte';
import { parseScenario, type Scenario, type ValidationIssue } from '$lib/model';

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

	constructor(initial: Scenario) {
		this.load(initial);
	}

	/** Open a scenario (already valid) as the new baseline. */
	load(scenario: Scenario, notices: string[] = []) {
		this.baseline = scenario;
		this.scenario = scenario;
		this.year = scenario.baseYear + 1;
		this.issues = [];
		this.notices = notices;
	}

	/** Open a scenario from outside (a region, a file): validated first; false and `issues` when refused. */
	open(candidate: unknown, notices: string[] = []): boolean {
		const parsed = parseScenario(candidate);
		if (!parsed.ok) {
			this.issues = parsed.issues;
			return false;
		}
		this.load(parsed.scenario, notices);
		return true;
	}

	/** Apply an edit; false (and `issues` set) when the result is invalid. */
	apply(edit: (s: Scenario) => Scenario): boolean {
		const parsed = parseScenario(edit(this.scenario));
		if (!parsed.ok) {
			this.issues = parsed.issues;
			return false;
		}
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
		this.scenario = this.baseline;
		this.issues = [];
	}
}

export const [getWorkspace, setWorkspace] = createContext<Workspace>();
