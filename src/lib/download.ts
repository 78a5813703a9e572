/**
 * Save a file the browser way: a Blob, an object URL and a temporary
 * <a download> that is clicked and removed again. A string is stored as
 * UTF-8 (a leading U+FEFF becomes the BOM Dutch Excel needs).
 */
export function download(content: Blob | string, fileName: string, type = 'text/plain'): void {
	const blob =
		typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	a.hidden = true;
	document.body.append(a);
	try {
		a.click();
	} finally {
		a.remove();
		// The download has started by now; the URL only needs to outlive the click.
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	}
}
