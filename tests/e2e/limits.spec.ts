import { expect, test, type Page } from '@playwright/test';
import { CASES } from '../fixtures/hostile/corpus';

const file = (name: string) => {
	const c = CASES.find((x) => x.file === name)!;
	return { name, mimeType: 'application/json', buffer: Buffer.from(c.make()) };
};

/** Page errors of the whole test: none may occur. */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`${e.message} ${e.stack}`));
	return errors;
}

const keyRadio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });

for (const [name, says] of [
	['deep-3000.json', 'meer dan 16 niveaus diep'],
	['groups-100000.json', '100.000 vraaggroepen; hoogstens 50']
] as const) {
	test(`${name} is refused within a second and the scenario that was open stays`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto('/');
		await keyRadio(page, 'Sociale huurwoningen').check();
		await expect(page.getByRole('heading', { name: 'Verdeling versus fair share' })).toBeVisible();
		const upload = file(name);
		// The file is handed to the input inside the page (a DataTransfer), as a drop would:
		// Playwright's own upload of 5 MB takes seconds of its own on a busy machine.
		const input = page.getByLabel('Bestand openen');
		await input.evaluate(
			(el: HTMLInputElement, { name, text }) => {
				const files = new DataTransfer();
				files.items.add(new File([text], name, { type: 'application/json' }));
				el.files = files.files;
				(window as unknown as { chosenAt: number }).chosenAt = performance.now();
				el.dispatchEvent(new Event('change', { bubbles: true }));
			},
			{ name, text: upload.buffer.toString('utf8') }
		);
		// The issue asks for the refusal within a second of choosing the file.
		await expect(page.getByText(`${name} is niet geopend`)).toBeVisible({ timeout: 1000 });
		const took = await page.evaluate(
			() => performance.now() - (window as unknown as { chosenAt: number }).chosenAt
		);
		console.log(`${name} (${upload.buffer.length} bytes) refused after ${Math.round(took)} ms`);
		await expect(page.getByText(says)).toBeVisible();
		await expect(keyRadio(page, 'Sociale huurwoningen')).toBeChecked();
		await expect(page.getByText('Arbeidsmarktregio Groningen').first()).toBeVisible();
		// The page still answers: an edit goes through.
		await keyRadio(page, 'Inwoners').check();
		await expect(keyRadio(page, 'Inwoners')).toBeChecked();
		expect(errors).toEqual([]);
	});
}

test('a share link with a bad percent escape is refused in Dutch, without a page error', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto('/#s=%E0%A4%A');
	await expect(page.getByText(/Deze deellink kan niet worden geopend/)).toBeVisible();
	await expect(page.getByText('Arbeidsmarktregio Groningen').first()).toBeVisible();
	expect(errors).toEqual([]);
	await page.getByRole('button', { name: 'Sluiten' }).first().click();
	// Pasted into the address bar of the open page: the same refusal.
	await page.evaluate(() => (location.hash = 's=%E0%A4%A'));
	await expect(page.getByText(/Deze deellink kan niet worden geopend/)).toBeVisible();
	expect(errors).toEqual([]);
});

test('after a failed save and a reload the previous working copy is back', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/');
	await keyRadio(page, 'Sociale huurwoningen').check();
	await page.getByRole('slider', { name: 'Groeipad (jaren)' }).fill('4');
	// Let the working copy be written (debounced) before writes start to fail.
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<unknown>((resolve) => {
						const open = indexedDB.open('verdeelwijzer');
						open.onsuccess = () => {
							// Each tab keeps its working copy under its own key (state/tab.ts).
							const key = `tabblad:${sessionStorage.getItem('verdeelwijzer-tabblad')}`;
							const get = open.result.transaction('working').objectStore('working').get(key);
							get.onsuccess = () => {
								resolve(get.result?.scenario?.growthPath?.years ?? null);
								open.result.close();
							};
						};
					})
			)
		)
		.toBe(4);
	// From now on every write of the working copy fails half-way: the transaction must roll back.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (
			this: IDBObjectStore,
			...args: [unknown, IDBValidKey?]
		) {
			const request = put.apply(this, args);
			if (this.name === 'working' && this.transaction.objectStoreNames.length === 1) {
				throw new DOMException('De schijf is vol (test).', 'QuotaExceededError');
			}
			return request;
		};
	});
	await keyRadio(page, 'Beschikbare sociale huurwoningen').check();
	await page.getByRole('slider', { name: 'Groeipad (jaren)' }).fill('7');
	await expect(
		page.getByText(/De laatste wijziging kon niet in deze browser worden bewaard/)
	).toBeVisible();
	await expect(page.getByText(/Opslaan in deze browser lukt niet/)).toHaveCount(0);
	await page.reload();
	await expect(keyRadio(page, 'Sociale huurwoningen')).toBeChecked();
	await expect(page.getByRole('slider', { name: 'Groeipad (jaren)' })).toHaveValue('4');
	expect(errors).toEqual([]);
});
