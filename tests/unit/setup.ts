// The app loads English only when a user chooses it; tests switch languages at will.
import { loadMessages } from '$lib/i18n/locale';

await loadMessages('en');
