import { describe, expect, it } from 'vitest';
import {
	columnKey,
	headerIsPercent,
	isShareField,
	matchColumns,
	normaliseHeader
} from '$lib/io/columns';
import { MUNICIPALITY_FIELDS } from '$lib/model/fields';
import { fileColumn, type MunicipalityField } from '$lib/i18n/fieldNames';

describe('columnKey matches Dutch and English headers', () => {
	it.each([
		['Gemeentecode', 'code'],
		['code', 'code'],
		['gm_code', 'code'],
		['GM_CODE', 'code'],
		['CBS-code', 'code'],
		['Gemeente', 'name'],
		['naam', 'name'],
		['Name', 'name'],
		["Regio's", 'name'],
		['Inwoners', 'inhabitants'],
		['inhabitants', 'inhabitants'],
		['Inwoners 2024', 'inhabitants'],
		['Inwoners (1 januari)', 'inhabitants'],
		['Huishoudens', 'households'],
		['Kwetsbare inwoners', 'vulnerable'],
		['Woningvoorraad', 'dwellings'],
		['woningen', 'dwellings'],
		['dwellings', 'dwellings'],
		['Aandeel sociale huur', 'socialShare'],
		['Aandeel sociale huur (%)', 'socialShare'],
		['  AANDEEL  Sociale-Huur  ', 'socialShare'],
		['Mutatiegraad', 'mutationRate'],
		['Urgenten', 'currentUrgents'],
		['huidige urgenten', 'currentUrgents'],
		['Bevolkingsgroei', 'populationGrowth'],
		['Nieuwbouw per jaar', 'newDwellingsPerYear'],
		['Aandeel sociale huur nieuwbouw', 'socialShareOfNewBuild'],
		['Aandeel sociale huur in nieuwbouw (%)', 'socialShareOfNewBuild'],
		['Verlies sociale voorraad per jaar', 'socialStockLossPerYear'],
		['Verandering mutatiegraad per jaar', 'mutationRateChangePerYear'],
		['Opmerking', null],
		['Sociale voorraad', null],
		['', null]
	])('%j → %s', (header, key) => {
		expect(columnKey(header)).toBe(key);
	});

	it('every field is found by its key and by its Dutch column name', () => {
		for (const key of Object.keys(MUNICIPALITY_FIELDS) as MunicipalityField[]) {
			expect(columnKey(key)).toBe(key);
			expect(columnKey(fileColumn(key))).toBe(key);
			expect(columnKey(fileColumn(key).toUpperCase())).toBe(key);
		}
	});
});

describe('normaliseHeader and headerIsPercent', () => {
	it.each([
		['Aandeel sociale huur (%)', 'aandeelsocialehuur'],
		['Bevölkerung [2024]', 'bevolkerung'],
		['Súdwest-Fryslân', 'sudwestfryslan'],
		['Inwoners 2024', 'inwoners']
	])('normaliseHeader(%j) = %s', (header, normal) => {
		expect(normaliseHeader(header)).toBe(normal);
	});

	it.each([
		['Aandeel sociale huur (%)', true],
		['Mutatiegraad %', true],
		['Mutatiegraad in procenten', true],
		['Groei (percentage)', true],
		['Aandeel sociale huur', false],
		['Mutatiegraad', false]
	])('headerIsPercent(%j) = %s', (header, percent) => {
		expect(headerIsPercent(header)).toBe(percent);
	});
});

describe('matchColumns', () => {
	it('keeps positions, lists unknown headers, skips empty ones and reports a repeated field', () => {
		expect(
			matchColumns([
				'Gemeentecode',
				'Naam',
				'',
				'Inwoners',
				'Opmerking',
				'inhabitants',
				'Mutatiegraad %'
			])
		).toEqual({
			columns: [
				{ index: 0, header: 'Gemeentecode', key: 'code', percent: false },
				{ index: 1, header: 'Naam', key: 'name', percent: false },
				{ index: 3, header: 'Inwoners', key: 'inhabitants', percent: false },
				{ index: 6, header: 'Mutatiegraad %', key: 'mutationRate', percent: true }
			],
			unmatched: ['Opmerking'],
			duplicates: [
				[
					{ index: 3, header: 'Inwoners', key: 'inhabitants', percent: false },
					{ index: 5, header: 'inhabitants', key: 'inhabitants', percent: false }
				]
			]
		});
	});

	it('isShareField: shares and rates (range within -1..1), not counts', () => {
		const shares = Object.keys(MUNICIPALITY_FIELDS).filter((k) =>
			isShareField(k as keyof typeof MUNICIPALITY_FIELDS)
		);
		expect(shares).toEqual([
			'socialShare',
			'mutationRate',
			'populationGrowth',
			'socialShareOfNewBuild',
			'socialStockLossPerYear',
			'mutationRateChangePerYear'
		]);
		expect(isShareField('code')).toBe(false);
	});
});
