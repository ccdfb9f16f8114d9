package eu.reloop.repair;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One repair in the fields of the Open Repair Data Standard (ORDS 0.2), as the open-data export publishes it:
 * nothing about the consumer, and nothing about the repairer but its country. {@code problem} is the defect as
 * the repairer described it on the form, with anything that looks like an e-mail address or a phone number
 * taken out. ReLoop knows the year of purchase, not of manufacture: {@code productAgeYears} is the age since
 * purchase and {@code yearOfManufacture} stays empty.
 */
public record OrdsRecord(
        String id,
        @JsonProperty("data_provider") String dataProvider,
        String country,
        @JsonProperty("partner_product_category") String partnerProductCategory,
        @JsonProperty("product_category") String productCategory,
        String brand,
        @JsonProperty("year_of_manufacture") @Nullable Integer yearOfManufacture,
        @JsonProperty("product_age") int productAgeYears,
        @JsonProperty("repair_status") String repairStatus,
        @JsonProperty("repair_barrier_if_end_of_life") @Nullable String repairBarrier,
        @JsonProperty("event_date") LocalDate eventDate,
        String problem) {

    /** The CSV header: ORDS's field names, in its order. */
    public static final String CSV_HEADER = "id,data_provider,country,partner_product_category,product_category,brand,"
            + "year_of_manufacture,product_age,repair_status,repair_barrier_if_end_of_life,event_date,problem";

    /** One CSV line (RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled). */
    public String csvLine() {
        return String.join(",", csv(id), csv(dataProvider), csv(country), csv(partnerProductCategory),
                csv(productCategory), csv(brand), yearOfManufacture == null ? "" : yearOfManufacture.toString(),
                Integer.toString(productAgeYears), csv(repairStatus), csv(repairBarrier), eventDate.toString(),
                csv(problem));
    }

    private static String csv(@Nullable String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ would be read as a formula by a spreadsheet: quoted with a leading apostrophe.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
