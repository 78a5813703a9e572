/** Dutch names of the demand groups of the glossary; a group the user adds keeps its own name. */
const LABELS: Record<string, string> = {
	'uitstroom-bw': 'Uitstroom beschermd wonen',
	'uitstroom-mo': 'Uitstroom maatschappelijke opvang',
	'uitstroom-ggz': 'Uitstroom klinische GGZ',
	'uitstroom-vo': 'Uitstroom vrouwenopvang',
	'uitstroom-jeugd': 'Uitstroom jeugdzorg',
	'uitstroom-detentie': 'Uitstroom detentie',
	medisch: 'Medische urgentie',
	mantelzorg: 'Mantelzorg',
	sekswerkers: 'Stoppende sekswerkers',
	statushouders: 'Statushouders'
};

export const groupLabel = (group: string) => LABELS[group] ?? group;

/** A group the user added (not one of the glossary's): its id is its name and can be edited. */
export const isOwnGroup = (group: string) => !(group in LABELS);
