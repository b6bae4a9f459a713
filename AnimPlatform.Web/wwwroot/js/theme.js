// The theme picked in the app bar, kept in a cookie so the server paints the next page in it from the start.
export function save(choice) {
    document.cookie = `animplatform.theme=${encodeURIComponent(choice)}; path=/; max-age=31536000; samesite=lax`;
}
