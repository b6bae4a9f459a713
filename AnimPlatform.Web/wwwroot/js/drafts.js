// The Generate page's unsaved work, kept in this browser (localStorage) so a reload, a visit to another page
// or a server restart does not lose it.
const KEY = "animplatform.draft.v1";

export function save(json) {
    try {
        localStorage.setItem(KEY, json);
        return true;
    } catch {
        return false; // quota exceeded or storage disabled: the page says so
    }
}

export function load() {
    try {
        return localStorage.getItem(KEY);
    } catch {
        return null;
    }
}

export function clear() {
    try {
        localStorage.removeItem(KEY);
    } catch {
        // nothing to clear
    }
}
