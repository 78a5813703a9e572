/**
 * fflate for the browser build, with its two worker-backed calls made synchronous.
 *
 * fflate's `zip` and `unzip` hand entries above 160 KB (zip) or 512 KB
 * (unzip) to a Worker made from a `blob:` URL, which the app's
 * Content-Security-Policy (`worker-src 'self'`) rightly refuses: the XLSX
 * export of a large region and the import of an ordinary workbook then
 * never finished. vite.config aliases `fflate` to this module, so
 * read-excel-file and write-excel-file use these versions: the same work,
 * done with fflate's own synchronous functions, answered through the same
 * callback. The app runs them inside its own XLSX worker (workers/), so the
 * page stays responsive.
 */
import {
	unzipSync,
	zipSync,
	type AsyncTerminable,
	type AsyncUnzipOptions,
	type AsyncZipOptions,
	type AsyncZippable,
	type FlateError,
	type UnzipCallback,
	type Unzipped
} from 'fflate/browser';

export * from 'fflate/browser';

type ZipCallback = (err: FlateError | null, data: Uint8Array) => void;

/** Call back after the current task, as fflate itself does (never inside the caller's stack). */
function later<T>(work: () => T, cb: (err: FlateError | null, data: T) => void): AsyncTerminable {
	let cancelled = false;
	setTimeout(() => {
		if (cancelled) return;
		let out: T;
		try {
			out = work();
		} catch (e) {
			cb(e as FlateError, null as T);
			return;
		}
		cb(null, out);
	}, 0);
	return () => {
		cancelled = true;
	};
}

export function zip(data: AsyncZippable, cb: ZipCallback): AsyncTerminable;
export function zip(data: AsyncZippable, opts: AsyncZipOptions, cb: ZipCallback): AsyncTerminable;
export function zip(
	data: AsyncZippable,
	opts: AsyncZipOptions | ZipCallback,
	cb?: ZipCallback
): AsyncTerminable {
	const callback = typeof opts === 'function' ? opts : cb!;
	const options = typeof opts === 'function' ? {} : opts;
	return later(() => zipSync(data, options), callback);
}

export function unzip(data: Uint8Array, cb: UnzipCallback): AsyncTerminable;
export function unzip(
	data: Uint8Array,
	opts: AsyncUnzipOptions,
	cb: UnzipCallback
): AsyncTerminable;
export function unzip(
	data: Uint8Array,
	opts: AsyncUnzipOptions | UnzipCallback,
	cb?: UnzipCallback
): AsyncTerminable {
	const callback = typeof opts === 'function' ? opts : cb!;
	const options = typeof opts === 'function' ? {} : opts;
	return later<Unzipped>(() => unzipSync(data, options), callback);
}
