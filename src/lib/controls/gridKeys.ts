/**
 * Keyboard movement through a grid of text inputs, as a Svelte attachment on
 * the table: every input carries `data-row` and `data-col`. Arrow up/down
 * move to the cell above/below; left/right to the neighbouring cell when the
 * caret is at the edge of the text (or the whole text is selected, as after
 * arriving in a cell). Enter and Esc are the table's: `enter` commits and
 * says whether to move on (down, or up with Shift); `escape` says whether it
 * used the key (else it goes on to the panel, which closes).
 */
import type { Attachment } from 'svelte/attachments';

export interface GridKeys {
	enter: (input: HTMLInputElement, row: number, col: number) => boolean;
	escape: (input: HTMLInputElement, row: number, col: number) => boolean;
}

/** Focus (and select) the cell at (row, col) of `grid`; false when there is none. */
export function focusCell(grid: ParentNode, row: number, col: number): boolean {
	const input = grid.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
	if (!input) return false;
	input.focus();
	input.select();
	return true;
}

export function gridKeys(keys: GridKeys): Attachment<HTMLElement> {
	return (grid) => {
		function onkeydown(e: KeyboardEvent) {
			const input = e.target;
			if (!(input instanceof HTMLInputElement) || input.dataset.row === undefined) return;
			const row = Number(input.dataset.row);
			const col = Number(input.dataset.col);
			const from = input.selectionStart ?? 0;
			const to = input.selectionEnd ?? 0;
			const whole = from === 0 && to === input.value.length;
			switch (e.key) {
				case 'ArrowUp':
					focusCell(grid, row - 1, col);
					break;
				case 'ArrowDown':
					focusCell(grid, row + 1, col);
					break;
				case 'ArrowLeft':
					if (!whole && !(from === 0 && to === 0)) return;
					focusCell(grid, row, col - 1);
					break;
				case 'ArrowRight':
					if (!whole && from !== input.value.length) return;
					focusCell(grid, row, col + 1);
					break;
				case 'Enter':
					if (keys.enter(input, row, col)) focusCell(grid, row + (e.shiftKey ? -1 : 1), col);
					break;
				case 'Escape':
					if (!keys.escape(input, row, col)) return;
					e.stopPropagation();
					break;
				default:
					return;
			}
			e.preventDefault();
		}
		grid.addEventListener('keydown', onkeydown);
		return () => grid.removeEventListener('keydown', onkeydown);
	};
}
