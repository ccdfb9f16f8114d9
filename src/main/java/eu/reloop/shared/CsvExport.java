package eu.reloop.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Rows of one record type as CSV (RFC 4180, by Apache Commons CSV), the form every open-data export takes: comment
 * lines first when given (starting with {@code #}), then a header of the record's fields, named as the JSON names them
 * (its {@link JsonProperty}, else the field's name in snake case), then a line per row.
 */
public final class CsvExport {

    /** What a CSV answer says it is. */
    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final String FORMULA_STARTS = "=+-@";

    private CsvExport() {
    }

    /** The rows, each a {@code type}, as CSV; no comment lines when {@code comments} is empty. */
    public static String write(List<?> rows, Class<? extends Record> type, List<String> comments) {
        RecordComponent[] columns = type.getRecordComponents();
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#')
                .setHeader(Arrays.stream(columns).map(CsvExport::name).toArray(String[]::new))
                .setHeaderComments(comments.toArray()).get();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = format.print(out)) {
            for (Object row : rows) {
                List<Object> values = new ArrayList<>();
                for (RecordComponent column : columns) {
                    values.add(cell(column.getAccessor().invoke(row)));
                }
                printer.printRecord(values);
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        } catch (ReflectiveOperationException recordAccessor) {
            throw new IllegalStateException(recordAccessor);
        }
        return out.toString();
    }

    private static String name(RecordComponent column) {
        // On the accessor: JsonProperty does not target record components, so Java puts it on the accessor and field.
        JsonProperty property = column.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value()
                : column.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** A text a spreadsheet would run as a formula (= + - @ first) gets an apostrophe before it; other values as they are. */
    private static @Nullable Object cell(@Nullable Object value) {
        return value instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                ? "'" + text : value;
    }
}
