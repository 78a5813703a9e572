/** Dutch number formatting for model messages (1.234,5). Pure: Intl only, no DOM. */
const counts = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const percents = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

export const formatCount = (x: number) => counts.format(x);
export const formatPercent = (x: number) => percents.format(x);
