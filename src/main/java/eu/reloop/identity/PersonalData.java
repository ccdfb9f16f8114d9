package eu.reloop.identity;

import java.util.List;

/**
 * A module's part of "Your data": each module that keeps something about a person names the queries for it,
 * and identity runs them for the export without depending on those modules.
 */
public interface PersonalData {

    /**
     * One kind of record about a person: its name in the export, and the query for its rows, which names the
     * person as {@code :user} (the account's id) or {@code :email}.
     */
    record Query(String name, String sql) {
    }

    /** The part's name in the export, such as {@code market}. */
    String part();

    /** The part's kinds of record, in the order the export lists them. */
    List<Query> queries();
}
