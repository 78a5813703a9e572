/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: the app shell, the built code (workers included),
 * the CBS data and the map are cached on install and served from the cache
 * first. A new build installs beside the old one and waits; the page offers
 * "Nieuwe versie beschikbaar — herladen", which activates it (SKIP_WAITING)
 * and drops the old cache. Registered by the page in production builds only.
 */
import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `verdeelwijzer-${version}`;
/** the page itself: a single-page app answers every navigation with it */
const SHELL = `${base}/`;
const ASSETS = new Set([SHELL, ...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...ASSETS])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const navigation = request.mode === 'navigate' && url.pathname.startsWith(SHELL);
	if (!navigation && !ASSETS.has(url.pathname)) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const cached = await cache.match(navigation ? SHELL : url.pathname);
			return cached ?? fetch(request);
		})()
	);
});
