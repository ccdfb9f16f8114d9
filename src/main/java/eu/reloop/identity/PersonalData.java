package eu.reloop.identity;

import java.util.UUID;

/**
 * A module's part of "Your data": each module that keeps something about a person implements it, so that
 * identity collects the export without depending on those modules.
 */
public interface PersonalData {

    /** The part's name in the export, such as {@code market}. */
    String part();

    /** Everything the module holds about the person, as values Jackson writes (records, lists, maps, JSON trees). */
    Object about(UUID userId, String email);
}
