package eu.reloop.stamp;

/** One functional test of the category's template: passed or not, with a note. */
public record TestResult(String test, boolean passed, String note) {
}
