/**
 * Undo, redo and a short list of recent changes, framework-free.
 *
 * The history keeps snapshots, not diffs: states are immutable (an edit
 * replaces the scenario object, never mutates it), so storing references is
 * enough and an undo gives back the very object that was on screen.
 *
 * The current state lives with the caller. Before an edit replaces it, the
 * caller pushes the state being left with a label naming the edit:
 *
 *     history.push(workspace.scenario, 'Sleutel: sociale voorraad');
 *     workspace.scenario = edited;
 *
 * `undo(current)` then returns that earlier state and keeps `current` for
 * `redo`. Entry i of the past is "the state before edit i"; jumping to it
 * undoes edit i and everything after it, all of which can be redone.
 */

export interface HistoryEntry {
	/** position in the past (0 = oldest); valid until the next push, undo, redo or jump */
	index: number;
	/** the edit that left this state */
	label: string;
	/** when that edit was made (ms since the epoch) */
	at: number;
}

export interface HistoryOptions {
	/** the most undo steps kept; the oldest is dropped beyond it (default 100) */
	limit?: number;
	/**
	 * Pushes with the same label within this many ms of the previous one, with
	 * nothing to redo, become one step (a slider being dragged). 0: never (default).
	 */
	coalesceMs?: number;
	/** the clock (tests) */
	now?: () => number;
}

interface Step<T> {
	state: T;
	label: string;
	at: number;
}

export class History<T> {
	readonly limit: number;
	private readonly coalesceMs: number;
	private readonly now: () => number;
	private past: Step<T>[] = [];
	/** the next redo last */
	private future: Step<T>[] = [];
	/** when the last push happened (for coalescing) */
	private lastPushAt = -Infinity;

	constructor(options: HistoryOptions = {}) {
		const limit = options.limit ?? 100;
		if (!Number.isInteger(limit) || limit < 1) {
			throw new RangeError(`History limit must be a positive integer, got ${limit}`);
		}
		this.limit = limit;
		this.coalesceMs = options.coalesceMs ?? 0;
		this.now = options.now ?? Date.now;
	}

	/** Record `state` (the one being left) before an edit named `label`; clears redo. */
	push(state: T, label: string): void {
		const at = this.now();
		const top = this.past[this.past.length - 1];
		const coalesce =
			this.coalesceMs > 0 &&
			top !== undefined &&
			this.future.length === 0 &&
			top.label === label &&
			at - this.lastPushAt <= this.coalesceMs;
		this.lastPushAt = at;
		if (coalesce) return; // the step already holds the state before the whole drag
		this.future = [];
		this.past.push({ state, label, at });
		if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
	}

	/** The state before the last edit, or null when there is none; `current` goes to redo. */
	undo(current: T): T | null {
		return this.step(this.past, this.future, current);
	}

	/** The state after the last undone edit, or null when there is none; `current` goes to undo. */
	redo(current: T): T | null {
		return this.step(this.future, this.past, current);
	}

	/** Take the last step of `from`, leaving `current` on `to` under that step's label. */
	private step(from: Step<T>[], to: Step<T>[], current: T): T | null {
		const step = from.pop();
		if (!step) return null;
		to.push({ state: current, label: step.label, at: step.at });
		this.lastPushAt = -Infinity;
		return step.state;
	}

	/** Go back to past entry `index` (from `recent`); everything after it can be redone. */
	jumpTo(index: number, current: T): T | null {
		if (!Number.isInteger(index) || index < 0 || index >= this.past.length) return null;
		let state = current;
		while (this.past.length > index) state = this.undo(state)!;
		return state;
	}

	/** The last `n` entries of the past, newest first. */
	recent(n = 10): HistoryEntry[] {
		const out: HistoryEntry[] = [];
		for (let i = this.past.length - 1; i >= 0 && out.length < n; i--) {
			out.push({ index: i, label: this.past[i]!.label, at: this.past[i]!.at });
		}
		return out;
	}

	get canUndo(): boolean {
		return this.past.length > 0;
	}

	get canRedo(): boolean {
		return this.future.length > 0;
	}

	/** The edit an undo would take back (for the button's title), or null. */
	get undoLabel(): string | null {
		return this.past[this.past.length - 1]?.label ?? null;
	}

	/** The edit a redo would make again, or null. */
	get redoLabel(): string | null {
		return this.future[this.future.length - 1]?.label ?? null;
	}

	/** Forget everything (another scenario opened without undo). */
	clear(): void {
		this.past = [];
		this.future = [];
		this.lastPushAt = -Infinity;
	}
}
