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
}
