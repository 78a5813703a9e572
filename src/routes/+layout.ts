// A single-page app: rendered in the browser only, prerendered shell for adapter-static.
export const ssr = false;
export const prerender = false;
