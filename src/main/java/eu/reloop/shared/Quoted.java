package eu.reloop.shared;

/**
 * A value someone sent (a client's parameter, a link's query), as a message repeats it: shortened, and with
 * control characters made visible, so that a refusal never echoes a whole pasted text or hides part of one.
 */
public final class Quoted {

    /** Enough to recognise a value. */
    private static final int LENGTH = 40;

    private Quoted() {
    }

    public static String value(String value) {
        String visible = value.codePoints().map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
                .limit(LENGTH + 1L)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.codePointCount(0, visible.length()) > LENGTH
                ? visible.substring(0, visible.offsetByCodePoints(0, LENGTH)) + "…" : visible;
    }
}
