/**
 * Figures derived from an allocation (model.md §6).
 *
 *   spreading index  DI = ½ Σ_i |x_i/Σx − I_i/ΣI|, 0 = proportional to inhabitants
 *   compensation     price · L_i for a ledger L (over-delivery positive = receives),
 *                    balanced: when households could not be placed the ledger sums
 *                    below 0, and the larger side is scaled down so that payments
 *                    and receipts are equal.
 */

export function spreadingIndex(
	allocation: ArrayLike<number>,
	inhabitants: ArrayLike<number>
): number {
	let placed = 0;
	let people = 0;
	for (let i = 0; i < allocation.length; i++) {
		placed += allocation[i]!;
		people += inhabitants[i]!;
	}
	if (!(placed > 0) || !(people > 0)) return 0;
	let sum = 0;
	for (let i = 0; i < allocation.length; i++) {
		sum += Math.abs(allocation[i]! / placed - inhabitants[i]! / people);
	}
	return sum / 2;
}

/** `into`: an array of ledger.length numbers to write into (else a new one). */
export function balancedCompensation(
	ledger: ArrayLike<number>,
	price: number,
	into?: number[]
): number[] {
	const n = ledger.length;
	let receive = 0;
	let pay = 0;
	for (let i = 0; i < n; i++) {
		if (ledger[i]! > 0) receive += ledger[i]!;
		else pay -= ledger[i]!;
	}
	const receiveScale = receive > pay ? pay / receive : 1;
	const payScale = pay > receive ? receive / pay : 1;
	const out = into ?? [];
	for (let i = 0; i < n; i++) {
		const l = ledger[i]!;
		out[i] = price * l * (l > 0 ? receiveScale : payScale) + 0;
	}
	return out;
}
