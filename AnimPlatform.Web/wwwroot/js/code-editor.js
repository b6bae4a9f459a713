// The manifest editors: Monaco (served from this app by the BlazorMonaco package, no CDN), loaded the first time
// an editor is shown. YAML and JSON highlighting, line numbers, the server's diagnostics as markers on their
// lines, completion of action and object names and fields from the kind registry. The text goes to the server
// 400 ms after the last keystroke; a failure to load leaves the page's plain text field in place.
// Monaco's folder comes from the server (options.monacoBase: a versioned, year-long cached address, EditorAssets.cs).
const PACKAGE_BASE = "_content/BlazorMonaco/lib/monaco-editor/min/vs";
let base = PACKAGE_BASE;
const OWNER = "animplatform";
const editors = new Map();
let loading = null;
let vocabulary = null;

function baseUrl() {
    return new URL(base, document.baseURI).href;
}

function loadMonaco() {
    if (window.monaco?.editor) return Promise.resolve(window.monaco);
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = baseUrl() + "/loader.js";
        script.onload = () => {
            window.require.config({ paths: { vs: baseUrl() } });
            window.require(["vs/editor/editor.main"], () => resolve(window.monaco), reject);
        };
        script.onerror = () => reject(new Error("the editor's files did not load"));
        document.head.appendChild(script);
    }).then(monaco => {
        // The server validates; the JSON worker's own checks would say the same things twice (or differently).
        monaco.languages.json?.jsonDefaults?.setDiagnosticsOptions({ validate: false });
        registerCompletion(monaco, "yaml");
        registerCompletion(monaco, "json");
        followTheme(monaco);
        return monaco;
    });
    loading.catch(() => { loading = null; });
    return loading;
}

function themeName() {
    return document.querySelector(".app-root")?.dataset.theme === "light" ? "vs" : "vs-dark";
}

function followTheme(monaco) {
    monaco.editor.setTheme(themeName());
    const root = document.querySelector(".app-root");
    if (!root) return;
    new MutationObserver(() => monaco.editor.setTheme(themeName())).observe(root, { attributes: true, attributeFilter: ["data-theme"] });
}

/** JSON starts with { or [; anything else is YAML (a superset of JSON, so either way it parses). */
export function languageOf(text) {
    const first = text.match(/^\s*(?:#[^\n]*\n\s*)*(\S)/);
    return first && (first[1] === "{" || first[1] === "[") && !/^\s*#/.test(text) ? "json" : "yaml";
}

/**
 * Opens an editor in host. Returns false when Monaco could not load (the page keeps its text field).
 * options: { text, label, lines, vocabulary, monacoBase }.
 */
export async function create(host, dotnet, options) {
    if (options.vocabulary) vocabulary = options.vocabulary;
    let monaco;
    try {
        if (options.monacoBase && !window.monaco?.editor) base = options.monacoBase;
        monaco = await loadMonaco();
    } catch {
        return false;
    }
    if (!host.isConnected) return false;
    host.style.height = `${Math.max(6, options.lines) * 19 + 12}px`;
    const model = monaco.editor.createModel(options.text ?? "", languageOf(options.text ?? ""));
    const editor = monaco.editor.create(host, {
        model,
        ariaLabel: options.label,
        automaticLayout: true,
        minimap: { enabled: false },
        lineNumbers: "on",
        scrollBeyondLastLine: false,
        wordWrap: "off",
        tabSize: 2,
        insertSpaces: true,
        fontSize: 13,
        renderValidationDecorations: "on",
        fixedOverflowWidgets: true,
        quickSuggestions: { other: true, comments: false, strings: true },
        accessibilitySupport: "auto",
    });
    nameStatusRegions();
    editor.onDidFocusEditorText(nameStatusRegions);
    const state = { editor, model, dotnet, timer: 0, sent: model.getValue() };
    model.onDidChangeContent(() => {
        clearTimeout(state.timer);
        state.timer = setTimeout(() => send(state), 400);
    });
    // Leaving the editor sends at once (a click on Render right after typing renders what was typed).
    editor.onDidBlurEditorText(() => {
        clearTimeout(state.timer);
        send(state);
    });
    editors.set(host, state);
    return true;
}

// Monaco's page-wide announcer has two live status regions with the "complementary" landmark role and no name:
// two unnamed landmarks of one role (axe: landmark-unique). Each gets its own name.
function nameStatusRegions() {
    document.querySelectorAll(".monaco-aria-container .monaco-status").forEach((region, i) => {
        if (!region.hasAttribute("aria-label")) region.setAttribute("aria-label", `Code editor announcements ${i + 1}`);
    });
}

function send(state) {
    const text = state.model.getValue();
    if (text === state.sent) return;
    state.sent = text;
    const language = languageOf(text);
    if (state.model.getLanguageId() !== language) window.monaco.editor.setModelLanguage(state.model, language);
    state.dotnet.invokeMethodAsync("OnEditorText", text).catch(() => { /* the circuit is gone: the draft in the browser keeps it */ });
}

/** The server changed the text (undo, a new show): the editor shows it; the caret stays where it can. */
export function setText(host, text) {
    const state = editors.get(host);
    if (!state || state.model.getValue() === text) return;
    state.sent = text;
    const position = state.editor.getPosition();
    state.model.setValue(text);
    window.monaco.editor.setModelLanguage(state.model, languageOf(text));
    if (position) state.editor.setPosition(position);
}

/** The server's diagnostics on their lines: [{ line, message, error }] (lines past the end go on the last line). */
export function setMarkers(host, diagnostics) {
    const state = editors.get(host);
    if (!state) return;
    const monaco = window.monaco;
    const lineCount = state.model.getLineCount();
    const markers = diagnostics.map(d => {
        const line = Math.min(Math.max(1, d.line ?? 1), lineCount);
        const content = state.model.getLineContent(line);
        const start = content.length - content.trimStart().length + 1;
        return {
            startLineNumber: line, endLineNumber: line,
            startColumn: start, endColumn: Math.max(start + 1, content.length + 1),
            message: d.message,
            severity: d.error ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
            source: "AnimPlatform",
        };
    });
    monaco.editor.setModelMarkers(state.model, OWNER, markers);
}

/** The editor's text (used by the browser tests to read what the teacher sees). */
export function text(host) {
    return editors.get(host)?.model.getValue() ?? null;
}

export function dispose(host) {
    const state = editors.get(host);
    if (!state) return;
    clearTimeout(state.timer);
    editors.delete(host);
    state.editor.dispose();
    state.model.dispose();
}

// ---- completion from the kind registry ----

function registerCompletion(monaco, language) {
    monaco.languages.registerCompletionItemProvider(language, {
        triggerCharacters: [":", " ", "\"", "-"],
        provideCompletionItems(model, position) {
            if (!vocabulary) return { suggestions: [] };
            const line = model.getLineContent(position.lineNumber);
            const before = line.slice(0, position.column - 1);
            const word = model.getWordUntilPosition(position);
            const range = {
                startLineNumber: position.lineNumber, endLineNumber: position.lineNumber,
                startColumn: word.startColumn, endColumn: word.endColumn,
            };
            // Names with dashes ("fade-in"): the range starts where the name does.
            const nameStart = before.match(/[\w-]*$/)[0].length;
            const nameRange = { ...range, startColumn: position.column - nameStart };
            const kinds = monaco.languages.CompletionItemKind;
            if (/["']?action["']?\s*:\s*["']?[\w-]*$/.test(before)) {
                return { suggestions: vocabulary.actions.map(a => item(a.name, kinds.Function, a.doc, nameRange)) };
            }
            if (/["']?type["']?\s*:\s*["']?[\w-]*$/.test(before)) {
                return { suggestions: vocabulary.kinds.map(k => item(k.name, kinds.Class, k.doc, nameRange)) };
            }
            // A key: the fields of the action or object this line belongs to, else the manifest's own keys.
            if (!/^\s*(-\s*)?["']?[\w-]*$/.test(before) && !/[{,]\s*["']?[\w-]*$/.test(before)) return { suggestions: [] };
            const owner = enclosing(model, position.lineNumber, before);
            const fields = owner ?? vocabulary.topLevel;
            return {
                suggestions: fields.map(f => ({
                    ...item(f.name, kinds.Field, `${f.type}${f.required ? " (required)" : ""}: ${f.doc}`, nameRange),
                    insertText: language === "json" ? f.name : `${f.name}: `,
                    sortText: (f.required ? "0" : "1") + f.name,
                })),
            };
        },
    });
}

function item(name, kind, doc, range) {
    return { label: name, kind, insertText: name, documentation: doc, detail: doc, range };
}

/** The fields of the action or object kind named on this list item (this line, or the lines above up to its "- "). */
function enclosing(model, lineNumber, before) {
    const named = text => {
        const action = text.match(/["']?action["']?\s*:\s*["']?([\w-]+)/);
        if (action) return vocabulary.actions.find(a => a.name === action[1])?.fields ?? null;
        const type = text.match(/["']?type["']?\s*:\s*["']?([\w-]+)/);
        if (type) return vocabulary.kinds.find(k => k.name === type[1])?.fields ?? null;
        return undefined;
    };
    const own = named(model.getLineContent(lineNumber));
    if (own !== undefined) return own;
    const indent = before.match(/^\s*/)[0].length;
    for (let n = lineNumber - 1, seen = 0; n >= 1 && seen < 60; n--, seen++) {
        const text = model.getLineContent(n);
        const lead = text.match(/^\s*/)[0].length;
        const found = named(text);
        if (found !== undefined && lead <= indent) return found;
        if (/^\s*-\s/.test(text) && lead < indent) return found ?? null;
        if (text.trim() && lead < indent - 2) return null;
    }
    return null;
}
