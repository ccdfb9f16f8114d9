package eu.reloop.stamp;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** JSON written one way only, so that what is hashed or signed is the same text every time. */
final class CanonicalJson {

    private CanonicalJson() {
    }

    /**
     * An object with its members in the map's order and no whitespace; values are whole numbers, strings or
     * lists of strings.
     */
    static String object(Map<String, ?> members) {
        return members.entrySet().stream().map(member -> quoted(member.getKey()) + ":" + value(member.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String value(Object value) {
        return switch (value) {
            case Integer number -> number.toString();
            case Long number -> number.toString();
            case String text -> quoted(text);
            case List<?> texts -> texts.stream().map(text -> quoted((String) text)).collect(Collectors.joining(",", "[", "]"));
            default -> throw new IllegalArgumentException("Not a canonical JSON value: " + value.getClass());
        };
    }
}
