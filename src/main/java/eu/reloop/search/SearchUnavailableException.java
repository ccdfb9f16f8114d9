package eu.reloop.search;

/** Elasticsearch did not answer; the directory itself is fine, only searching is down for now. */
public class SearchUnavailableException extends RuntimeException {

    SearchUnavailableException(Throwable cause) {
        super("Search is unavailable: " + cause.getMessage(), cause);
    }
}
