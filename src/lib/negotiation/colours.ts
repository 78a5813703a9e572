/** One colour per proposal (Okabe & Ito, colour-blind safe), repeating after eight. */
const COLOURS = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#D55E00',
	'#56B4E9',
	'#000000',
	'#F0E442'
];

export const proposalColour = (index: number) => COLOURS[index % COLOURS.length];
