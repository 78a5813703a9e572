/**
 * The language of the UI and number formatting that follows it
 * (nl: 1.234,5 and 83%; en: 1,234.5). Charts and tables format through here.
 */
import { en, nl, type MessageKey } from './messages';

export type Lang = 'nl' | 'en';

class I18n {
	lang = $state<Lang>('nl');

	private formats = $derived.by(() => {
		const locale = this.lang === 'nl' ? 'nl-NL' : 'en-GB';
		return {
			count: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
			decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
			percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
			percent1: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
			signed: new Intl.NumberFormat(locale, {
				maximumFractionDigits: 0,
				signDisplay: 'exceptZero'
			}),
			euro: new Intl.NumberFormat(locale, {
				style: 'currency',
				currency: 'EUR',
				maximumFractionDigits: 0
			}),
			index: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
			fixed1: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
		};
	});

	t = (key: MessageKey, params: Record<string, string | number> = {}): string => {
		const text: string = (this.lang === 'nl' ? nl : en)[key];
		return text.replace(/\{(\w+)\}/g, (_, p) => String(params[p] ?? `{${p}}`));
	};

	count = (x: number) => this.formats.count.format(x);
	decimal = (x: number) => this.formats.decimal.format(x);
	percent = (x: number | null) => (x === null ? '–' : this.formats.percent.format(x));
	percent1 = (x: number | null) => (x === null ? '–' : this.formats.percent1.format(x));
	/** +12 / −8 with a real minus sign */
	signed = (x: number) => this.formats.signed.format(x).replace('-', '−');
	euro = (x: number) => this.formats.euro.format(x).replace('-', '−');
	index = (x: number) => this.formats.index.format(x);
	/** always one decimal: 6,3 and 7,0 */
	fixed1 = (x: number) => this.formats.fixed1.format(x);
}

export const i18n = new I18n();
