package eu.reloop.benchmark;

/** Rows in COPY's CSV format: every value quoted (so an empty string stays one), a bare empty field for null. */
final class CsvRows {

    private final StringBuilder text = new StringBuilder(1 << 20);
    private int rows;

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            if (values[i] != null) {
                text.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        text.append('\n');
        rows++;
    }

    int rows() {
        return rows;
    }

    String text() {
        return text.toString();
    }

    void clear() {
        text.setLength(0);
        rows = 0;
    }
}
