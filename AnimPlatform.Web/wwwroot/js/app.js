// Page helpers that work before the circuit is up. The skip link moves keyboard focus to the page's main
// content (Blazor's router would only scroll to it).
document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a.skip-link") : null;
    if (!link) return;
    const main = document.getElementById("main-content");
    if (!main) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    main.focus();
    main.scrollIntoView();
}, true);

// After an in-app navigation, focus goes to the new page's heading (screen readers announce it); a first load
// leaves focus at the top of the document, so the first Tab reaches the skip link.
window.animPlatform = {
    focusHeading() {
        const heading = document.querySelector("main h1");
        if (!heading) return;
        if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
        heading.focus();
    },
};

// The preview's slider: Left/Right step to the previous/next timeline entry (the buttons beside it), not 1/30 s.
document.addEventListener("keydown", event => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const slider = event.target instanceof Element ? event.target.closest(".preview-slider") : null;
    const preview = slider?.closest(".preview");
    if (!preview) return;
    const button = preview.querySelector(event.key === "ArrowRight" ? "[data-testid=preview-next]" : "[data-testid=preview-previous]");
    if (!button) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    button.click();
}, true);

// The preview's narration: the circuit keeps the clock; the audio element follows it on play, pause and seek.
window.animPlatform.previewAudio = {
    play(audio, time) {
        if (!audio) return;
        audio.currentTime = time;
        // A refused play (autoplay policy, track not loaded yet) leaves the preview silent, not broken.
        return audio.play().catch(() => {});
    },
    pause(audio) {
        if (audio) audio.pause();
    },
    seek(audio, time) {
        if (audio) audio.currentTime = time;
    },
};
