/** Quickselect, shared by the apportionment and the bounded allocation. */

/** Puts the k-th smallest of values[lo..hi] at index k, smaller before, larger after; returns it. */
export function selectKth(values: Float64Array, lo: number, hi: number, k: number): number {
	while (lo < hi) {
		const pivot = values[(lo + hi) >>> 1]!;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (values[i]! < pivot) i++;
			while (values[j]! > pivot) j--;
			if (i <= j) {
				const x = values[i]!;
				values[i++] = values[j]!;
				values[j--] = x;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else break;
	}
	return values[k]!;
}
