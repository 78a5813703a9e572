/** Offer text or bytes as a file download (no server involved). */
export function download(content: BlobPart, fileName: string, type: string) {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
