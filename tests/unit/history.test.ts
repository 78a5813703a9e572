/**
 * Undo/redo history (state/history.ts): states come back as the very same
 * objects, in order, redo is cleared by a new edit, the list of recent
 * changes jumps back, and the depth is capped.
 */
import { describe, expect, test } from 'vitest';
import { setKeyType } from '$lib/state/edits';
import { History } from '$lib/state/history';
import type { Scenario } from '$lib/model/types';
import { bijlage5 } from './helpers';

interface S {
	n: number;
}

/** A history driven like the app drives it: push the state being left, then replace it. */
function session(count: number, options = {}) {
	let clock = 1000;
	const history = new History<S>({ now: () => clock, ...options });
	const states: S[] = [{ n: 0 }];
	let current = states[0];
	for (let i = 1; i <= count; i++) {
		const next = { n: i };
		history.push(current!, `edit ${i}`);
		clock += 10;
		current = next;
		states.push(next);
	}
	return { history, states, current };
}

describe('undo and redo', () => {
	test('an empty history has nothing to undo or redo', () => {
		const history = new History<S>();
		const s = { n: 0 };
		expect(history.canUndo).toBe(false);
		expect(history.canRedo).toBe(false);
		expect(history.undo(s)).toBeNull();
		expect(history.redo(s)).toBeNull();
		expect(history.recent()).toEqual([]);
		expect(history.undoLabel).toBeNull();
	});

	test('undo goes back to every earlier state exactly (same object), redo forward again', () => {
		const { history, states } = session(5);
		let current = states[5];
		for (let i = 4; i >= 0; i--) {
			expect(history.undoLabel).toBe(`edit ${i + 1}`);
			const back = history.undo(current!);
			expect(back).toBe(states[i]);
			current = back!;
			expect(history.canRedo).toBe(true);
		}
		expect(history.canUndo).toBe(false);
		expect(history.undo(current!)).toBeNull();
		for (let i = 1; i <= 5; i++) {
			expect(history.redoLabel).toBe(`edit ${i}`);
			const forward = history.redo(current!);
			expect(forward).toBe(states[i]);
			current = forward!;
		}
		expect(history.canRedo).toBe(false);
		expect(history.redo(current!)).toBeNull();
		expect(history.canUndo).toBe(true);
		// and back once more: the redo put the states where they were
		expect(history.undo(current!)).toBe(states[4]);
	});

	test('scenario edits: undo restores the scenario object that was on screen', () => {
		const history = new History<Scenario>();
		const first = bijlage5();
		const second = setKeyType(first, 'socialStock');
		history.push(first, 'Sleutel: sociale voorraad');
		const third = setKeyType(second, 'available');
		history.push(second, 'Sleutel: beschikbare woningen');
		expect(history.undo(third)).toBe(second);
		expect(history.undo(second)).toBe(first);
		expect(first.key).toEqual({ type: 'inhabitants' }); // never mutated by the edits
		expect(history.redo(first)).toBe(second);
		expect(history.redo(second)).toBe(third);
	});

	test('a new edit after undo clears redo', () => {
		const { history, states } = session(4);
		const back = history.undo(states[4]!)!;
		history.undo(back);
		expect(history.canRedo).toBe(true);
		const branch = { n: 99 };
		history.push(states[2]!, 'branch');
		expect(history.canRedo).toBe(false);
		expect(history.redo(branch)).toBeNull();
		expect(history.undo(branch)).toBe(states[2]);
		expect(history.undo(states[2]!)).toBe(states[1]);
	});
});

describe('recent changes', () => {
	test('newest first, with index, label and time; n limits them', () => {
		const { history } = session(12);
		const recent = history.recent();
		expect(recent).toHaveLength(10);
		expect(recent[0]).toEqual({ index: 11, label: 'edit 12', at: 1110 });
		expect(recent[9]).toEqual({ index: 2, label: 'edit 3', at: 1020 });
		expect(history.recent(3).map((e) => e.label)).toEqual(['edit 12', 'edit 11', 'edit 10']);
		expect(history.recent(50)).toHaveLength(12);
	});

	test('jumpTo goes back to before that edit; everything after it can be redone', () => {
		const { history, states, current } = session(6);
		const entry = history.recent().find((e) => e.label === 'edit 3')!;
		const back = history.jumpTo(entry.index, current!);
		expect(back).toBe(states[2]);
		expect(history.recent().map((e) => e.label)).toEqual(['edit 2', 'edit 1']);
		let now = back!;
		for (let i = 3; i <= 6; i++) {
			now = history.redo(now)!;
			expect(now).toBe(states[i]);
		}
		expect(history.canRedo).toBe(false);
	});

	test('jumpTo the newest entry is one undo; out of range changes nothing', () => {
		const { history, states, current } = session(3);
		expect(history.jumpTo(3, current!)).toBeNull();
		expect(history.jumpTo(-1, current!)).toBeNull();
		expect(history.jumpTo(0.5, current!)).toBeNull();
		expect(history.recent()).toHaveLength(3);
		expect(history.canRedo).toBe(false);
		expect(history.jumpTo(2, current!)).toBe(states[2]);
		expect(history.jumpTo(0, states[2]!)).toBe(states[0]);
		expect(history.canUndo).toBe(false);
	});
});

describe('limits', () => {
	test('the depth is capped; the oldest states are dropped', () => {
		const { history, states, current } = session(130, { limit: 100 });
		let now = current;
		let steps = 0;
		while (history.canUndo) {
			now = history.undo(now!)!;
			steps++;
		}
		expect(steps).toBe(100);
		expect(now).toBe(states[30]);
		expect(history.recent(1000)).toHaveLength(0);
	});

	test('the default cap is 100', () => {
		const { history } = session(150);
		expect(history.limit).toBe(100);
		expect(history.recent(1000)).toHaveLength(100);
		expect(history.recent(1000).at(-1)).toEqual({ index: 0, label: 'edit 51', at: 1500 });
	});

	test('a limit must be a positive integer', () => {
		expect(() => new History({ limit: 0 })).toThrow(RangeError);
		expect(() => new History({ limit: 1.5 })).toThrow(RangeError);
	});

	test('clear forgets undo and redo', () => {
		const { history, current } = session(3);
		history.undo(current!);
		history.clear();
		expect(history.canUndo).toBe(false);
		expect(history.canRedo).toBe(false);
	});
});

describe('coalescing (opt-in, for a slider being dragged)', () => {
	test('off by default: every push is a step', () => {
		const history = new History<S>({ now: () => 0 });
		for (let i = 0; i < 5; i++) history.push({ n: i }, 'Groeipad');
		expect(history.recent()).toHaveLength(5);
	});

	test('the same label within the window is one step back to before the drag', () => {
		let clock = 0;
		const history = new History<S>({ coalesceMs: 500, now: () => clock });
		const states = Array.from({ length: 8 }, (_, n) => ({ n }));
		history.push(states[0]!, 'Sleutel');
		clock = 100;
		for (let i = 1; i < 6; i++) {
			history.push(states[i]!, 'Groeipad');
			clock += 300; // each within 500 ms of the previous one
		}
		expect(history.recent().map((e) => e.label)).toEqual(['Groeipad', 'Sleutel']);
		expect(history.undo(states[6]!)).toBe(states[1]);
		expect(history.undo(states[1]!)).toBe(states[0]);
	});

	test('a pause, another label or an undo in between starts a new step', () => {
		let clock = 0;
		const history = new History<S>({ coalesceMs: 500, now: () => clock });
		const s = Array.from({ length: 8 }, (_, n) => ({ n }));
		history.push(s[0]!, 'Groeipad');
		clock = 1000;
		history.push(s[1]!, 'Groeipad'); // after a pause
		clock = 1100;
		history.push(s[2]!, 'Plafond'); // another label
		clock = 1200;
		expect(history.undo(s[3]!)).toBe(s[2]);
		history.push(s[2]!, 'Plafond'); // same label right after an undo
		expect(history.recent().map((e) => e.label)).toEqual(['Plafond', 'Groeipad', 'Groeipad']);
	});
});
