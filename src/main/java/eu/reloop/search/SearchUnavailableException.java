package eu.reloop.search;

import eu.reloop.shared.UnavailableException;

/** Elasticsearch did not answer; the directory itself is fine, only searching is down for now. */
public class SearchUnavailableException extends UnavailableException {

    SearchUnavailableException(Throwable cause) {
        super("find.unavailable", "Search is temporarily unavailable. Please try again in a minute.", cause);
    }
}
