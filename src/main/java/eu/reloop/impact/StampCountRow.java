package eu.reloop.impact;

/** Stamps issued in one month, in one region (of the issuing centre), for one device category and grade. */
public record StampCountRow(String month, String country, String region, String category, String grade, long stamps) {

    StampCountRow withStamps(long count) {
        return new StampCountRow(month, country, region, category, grade, count);
    }
}
