// The offline stamp verifier (format of what it checks: docs/stamp-status-list.md). Once loaded it asks the server
// nothing to check a stamp: it verifies the QR code's statement with WebCrypto's Ed25519 against the registry's
// key set, and looks the code up in the signed list of revoked stamps, both kept on this device from the last time
// the page was opened with a connection. Its own files are kept by the service worker (sw.js).
import {texts} from './texts.js';

const KEYS_URL = '/.well-known/reloop-stamp-keys.json';
const STATUS_URL = '/.well-known/reloop-stamp-status.json';
const DATA_CACHE = 'reloop-offline-verify-data';
const STATUS_LIST_TYPE = 'reloop-stamp-status-list';
const SIGNATURE_MEMBER = ',"signature":"';
/** Crockford's base 32, as stamp codes use it; the ninth symbol is a Luhn mod 32 check of the first eight. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HOUR = 3600 * 1000;
/** Where each language is written; English follows the browser's own English (en-US, en-GB, ...). */
const LOCALES = {nb: 'nb-NO', sv: 'sv-SE', da: 'da-DK', fi: 'fi-FI'};

/** This browser's WebCrypto has no Ed25519: nothing can be checked here. */
class NoEd25519 extends Error {
}

const language = pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language || 'en']);
const t = texts[language];
const locale = LOCALES[language] ?? (navigator.language?.toLowerCase().startsWith('en') ? navigator.language : 'en-GB');
const dateTime = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short'});
const date = new Intl.DateTimeFormat(locale, {dateStyle: 'medium'});

const form = document.getElementById('check-form');
const field = document.getElementById('stamp-input');
const checkButton = document.getElementById('check');
const scanButton = document.getElementById('scan');
const video = document.getElementById('camera');
const verdict = document.getElementById('result-verdict');
const facts = document.getElementById('result-facts');
const compare = document.getElementById('result-compare');
const serialForm = document.getElementById('serial-form');
const serialField = document.getElementById('serial-input');
const serialResult = document.getElementById('serial-result');
const onlineLink = document.getElementById('online');

/** The key set and status list this page checks against; empty until loaded. */
let registry = {keys: [], list: null};
/** The genuine statement last shown, whose serial can be checked. */
let shown = null;
let scanning = null;

translatePage();
form.addEventListener('submit', event => {
    event.preventDefault();
    check(field.value);
});
serialForm.addEventListener('submit', event => {
    event.preventDefault();
    checkSerial(serialField.value);
});
if (navigator.mediaDevices?.getUserMedia) {
    scanButton.hidden = false;
    scanButton.addEventListener('click', () => (scanning ? stopScanning() : startScanning()));
}
start();

async function start() {
    if (!globalThis.crypto?.subtle) {
        showVerdict('undecided', t.noCrypto);
        return;
    }
    registry = await load();
    checkButton.disabled = false;
    showList();
    await keepForOffline();
}

/** The first of the browser's languages the page speaks; a reader of Norwegian ("no", nynorsk) gets bokmål. */
function pickLanguage(preferred) {
    for (const tag of preferred) {
        const primary = tag.toLowerCase().split('-')[0];
        const language = primary === 'no' || primary === 'nn' ? 'nb' : primary;
        if (Object.hasOwn(texts, language)) {
            return language;
        }
    }
    return 'en';
}

function translatePage() {
    document.documentElement.lang = language;
    document.title = t.pageTitle;
    document.querySelectorAll('[data-text]').forEach(element => {
        element.textContent = t[element.dataset.text];
    });
}

function fill(text, values) {
    return text.replace(/\{(\w+)}/g, (whole, name) => values[name]);
}

// ---- What the page keeps: the key set and the status list, each checked before it is kept or used. ----

/** The newest verified pair of key set and status list: fetched now if the registry answers, else as kept. */
async function load() {
    const cache = 'caches' in globalThis ? await caches.open(DATA_CACHE) : null;
    const kept = await readable(cache ? await keptTexts(cache) : null);
    const fetched = await readable(await fetchTexts());
    if (fetched.data && (!kept.data || fetched.data.list.issuedAt >= kept.data.list.issuedAt)) {
        if (cache) {
            await cache.put(KEYS_URL, jsonResponse(fetched.texts.keys));
            await cache.put(STATUS_URL, jsonResponse(fetched.texts.status));
        }
        return {...fetched.data, source: 'registry'};
    }
    if (fetched.error && !(fetched.error instanceof NoEd25519)) {
        const problem = document.getElementById('status-problem');
        problem.textContent = t.listInvalid;
        problem.hidden = false;
    }
    if (kept.error instanceof NoEd25519 || fetched.error instanceof NoEd25519) {
        showVerdict('undecided', t.noCrypto);
    }
    return kept.data ? {...kept.data, source: 'device'} : {keys: [], list: null, source: 'none'};
}

async function fetchTexts() {
    try {
        const [keys, status] = await Promise.all([fetch(KEYS_URL, {cache: 'no-cache'}), fetch(STATUS_URL, {cache: 'no-cache'})]);
        return keys.ok && status.ok ? {keys: await keys.text(), status: await status.text()} : null;
    } catch (offline) {
        return null;
    }
}

async function keptTexts(cache) {
    const [keys, status] = await Promise.all([cache.match(KEYS_URL), cache.match(STATUS_URL)]);
    return keys && status ? {keys: await keys.text(), status: await status.text()} : null;
}

function jsonResponse(text) {
    return new Response(text, {headers: {'Content-Type': 'application/json'}});
}

/** The texts with what they say once checked (data), or why they cannot be used (error). */
async function readable(texts) {
    if (!texts) {
        return {};
    }
    try {
        const keys = JSON.parse(texts.keys).keys;
        return {texts, data: {keys, list: await readStatusList(texts.status, keys)}};
    } catch (error) {
        return {texts, error};
    }
}

/**
 * The status list, once its signature verifies: the signed bytes are the document without its signature member,
 * which is always the last one.
 */
async function readStatusList(text, keys) {
    const cut = text.lastIndexOf(SIGNATURE_MEMBER);
    if (cut < 0 || !text.endsWith('"}')) {
        throw new Error('Not a signed status list');
    }
    const signed = text.slice(0, cut) + '}';
    const body = JSON.parse(signed);
    if (body.type !== STATUS_LIST_TYPE || body.v !== 1) {
        throw new Error('Not a status list of this version');
    }
    const valid = await verifySignature(keys, body.keyId, new TextEncoder().encode(signed),
        base64url(text.slice(cut + SIGNATURE_MEMBER.length, -2)));
    if (!valid) {
        throw new Error('The status list\u2019s signature does not verify');
    }
    return {
        issuedAt: new Date(body.issuedAt),
        nextUpdate: new Date(body.nextUpdate),
        revoked: new Set(body.revoked),
    };
}

/** True or false when the key is in the set; null when it is not, so nothing can be said. */
async function verifySignature(keys, keyId, data, signature) {
    const published = keys.find(key => key.kid === keyId);
    if (!published) {
        return null;
    }
    let key;
    try {
        key = await crypto.subtle.importKey('jwk', {kty: 'OKP', crv: 'Ed25519', x: published.x}, {name: 'Ed25519'},
            false, ['verify']);
    } catch (refused) {
        throw refused.name === 'NotSupportedError' ? new NoEd25519(refused.message) : refused;
    }
    return crypto.subtle.verify({name: 'Ed25519'}, key, signature, data);
}

function base64url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) {
        throw new Error('Not base64url');
    }
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '='));
    return Uint8Array.from(binary, c => c.charCodeAt(0));
}

// ---- Checking what was pasted or typed. ----

async function check(input) {
    const text = input.trim();
    if (!text) {
        return;
    }
    // Cleared at once, so that the next verdict is announced as new even when it reads the same.
    showVerdict('', '');
    facts.hidden = true;
    compare.hidden = true;
    serialForm.hidden = true;
    shown = null;
    const link = readLink(text);
    try {
        if (link && (link.p !== null || link.s !== null || link.k !== null)) {
            await checkStatement(link);
        } else {
            checkCode(link ? link.code : text);
        }
    } catch (error) {
        showVerdict('undecided', error instanceof NoEd25519 ? t.noCrypto : t.malformed);
    }
}

/** The code and statement of a pasted link to /verify/CODE?p=..&s=..&k=..; null if it is no such link. */
function readLink(text) {
    if (!text.includes('/')) {
        return null;
    }
    let url;
    try {
        url = new URL(text, location.origin);
    } catch (notALink) {
        return null;
    }
    const path = url.pathname.match(/\/verify\/([^/]+)\/?$/);
    if (!path) {
        return null;
    }
    return {
        code: decodeURIComponent(path[1]),
        p: url.searchParams.get('p'),
        s: url.searchParams.get('s'),
        k: url.searchParams.get('k'),
    };
}

async function checkStatement(link) {
    const code = normalise(link.code);
    onlineLink.href = '/verify/' + encodeURIComponent(code);
    if (link.p === null || link.s === null || link.k === null || reading(code) !== 'valid') {
        showVerdict('not-genuine', t.notGenuine);
        return;
    }
    let payload;
    let valid;
    try {
        payload = base64url(link.p);
        valid = await verifySignature(registry.keys, link.k, payload, base64url(link.s));
    } catch (error) {
        if (error instanceof NoEd25519) {
            throw error;
        }
        valid = false;
    }
    if (valid === null) {
        showVerdict('undecided', t.unknownKey);
        return;
    }
    const statement = valid ? parseStatement(payload) : null;
    // A genuine statement of another stamp does not pass for this one.
    if (!statement || statement.code !== code) {
        showVerdict('not-genuine', t.notGenuine);
        return;
    }
    showStatement(statement);
    showStatus(code, {kind: 'not-revoked', text: t.notRevoked}, t.noList);
}

function parseStatement(bytes) {
    try {
        const statement = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(bytes));
        return [1, 2, 3].includes(statement.v) ? statement : null;
    } catch (notJson) {
        return null;
    }
}

/** A typed code can only be looked up in the list: nothing signed says that it is genuine. */
function checkCode(typed) {
    const code = normalise(typed);
    const found = reading(code);
    if (found !== 'valid') {
        showVerdict('undecided', found === 'typo' ? t.typo : t.malformed);
        return;
    }
    onlineLink.href = '/verify/' + code;
    showStatus(code, {kind: 'undecided', text: t.codeNotRevoked}, t.noListYet);
}

/** What the kept list says of the code: revoked, or not revoked as of the list's time (told as notRevoked says). */
function showStatus(code, notRevoked, noList) {
    if (!registry.list) {
        showVerdict('undecided', noList);
    } else if (registry.list.revoked.has(code)) {
        showVerdict('revoked', t.revoked);
    } else {
        showVerdict(notRevoked.kind, fill(notRevoked.text, {date: dateTime.format(registry.list.issuedAt)}));
    }
}

/** As the registry reads codes: any case, hyphens and spaces ignored, O read as 0 and I and L as 1. */
function normalise(typed) {
    return typed.trim().toUpperCase().replace(/[- ]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

function reading(code) {
    if (code.length !== 9 || [...code].some(c => !ALPHABET.includes(c))) {
        return 'malformed';
    }
    return ALPHABET.indexOf(code[8]) === checkValue(code.slice(0, 8)) ? 'valid' : 'typo';
}

/** Luhn mod 32: doubles every second symbol's value from the right and sums the results' base-32 digits. */
function checkValue(symbols) {
    let factor = 2;
    let sum = 0;
    for (let i = symbols.length - 1; i >= 0; i--) {
        const addend = factor * ALPHABET.indexOf(symbols[i]);
        factor = factor === 2 ? 1 : 2;
        sum += Math.floor(addend / 32) + (addend % 32);
    }
    return (32 - (sum % 32)) % 32;
}

// ---- What the page shows. ----

function showVerdict(kind, text) {
    verdict.className = kind;
    verdict.textContent = text;
}

function showStatement(statement) {
    const rows = [
        [t.code, display(statement.code)],
        [t.item, `${statement.brand} ${statement.model}`],
        [t.serial, statement.serial],
        [t.grade, t.grades[statement.grade] ?? statement.grade],
        [t.centre, statement.centre],
        [t.issued, date.format(new Date(statement.issuedAt))],
        [t.warranty, t.warrantyRule(statement.warrantyMonths)],
    ];
    facts.replaceChildren(...rows.flatMap(([term, value]) => {
        const dt = document.createElement('dt');
        dt.textContent = term;
        const dd = document.createElement('dd');
        dd.textContent = value;
        return [dt, dd];
    }));
    facts.hidden = false;
    // Since version 2 a statement binds the whole serial, salted and hashed, which whoever holds the device can check.
    const bound = typeof statement.serialSalt === 'string' && typeof statement.serialHash === 'string';
    compare.textContent = bound ? t.compareSerial : t.compare;
    compare.hidden = false;
    serialField.value = '';
    serialResult.textContent = '';
    serialForm.hidden = !bound;
    shown = statement;
}

/** SHA-256 of the salt's bytes and the serial as the registry normalises it (no white space or hyphens, upper case). */
async function checkSerial(typed) {
    const serial = typed.replace(/[ \t\n\v\f\r-]/g, '').toUpperCase();
    if (!shown || !serial) {
        return;
    }
    const salt = base64url(shown.serialSalt);
    const bytes = new Uint8Array([...salt, ...new TextEncoder().encode(serial)]);
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const hex = Array.from(hash, byte => byte.toString(16).padStart(2, '0')).join('');
    serialResult.textContent = hex === shown.serialHash ? t.serialMatches : t.serialDiffers;
}

function display(code) {
    return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

function showList() {
    const list = registry.list;
    const described = document.getElementById('status-list');
    if (!list) {
        described.textContent = t.noListYet;
        return;
    }
    described.textContent = fill(t.listFrom, {
        date: dateTime.format(list.issuedAt), age: age(Date.now() - list.issuedAt.getTime()),
        count: t.revokedCount(list.revoked.size),
    });
    document.getElementById('status-source').textContent = registry.source === 'registry' ? t.listFetched : t.listKept;
    if (Date.now() > list.nextUpdate.getTime()) {
        const stale = document.getElementById('status-stale');
        stale.textContent = fill(t.listStale, {date: dateTime.format(list.nextUpdate)});
        stale.hidden = false;
    }
}

function age(milliseconds) {
    if (milliseconds < HOUR) {
        return t.lessThanAnHourOld;
    }
    return milliseconds < 24 * HOUR ? t.hoursOld(Math.floor(milliseconds / HOUR)) : t.daysOld(Math.floor(milliseconds / (24 * HOUR)));
}

/** Registers the service worker that keeps this page's files, and says when the page works with no connection. */
async function keepForOffline() {
    const state = document.getElementById('offline-state');
    if (!('serviceWorker' in navigator)) {
        state.textContent = t.offlineUnavailable;
        return;
    }
    try {
        await navigator.serviceWorker.register('sw.js');
        await navigator.serviceWorker.ready;
        if (registry.list) {
            state.textContent = t.offlineReady;
        }
    } catch (refused) {
        state.textContent = t.offlineUnavailable;
    }
}

// ---- The camera: ../qr-scan/reloop-qr-scan.js reads the QR code, with the browser's BarcodeDetector or jsQR. ----

function startScanning() {
    scanButton.textContent = t.stopScan;
    const stop = reloopQrScan.scan(video, text => {
        scanDone();
        field.value = text;
        check(text);
    }, () => {
        scanDone();
        showVerdict('undecided', t.cameraFailed);
    });
    scanning = {stop};
}

function stopScanning() {
    scanning?.stop();
    scanDone();
}

function scanDone() {
    scanning = null;
    scanButton.textContent = t.scan;
}
