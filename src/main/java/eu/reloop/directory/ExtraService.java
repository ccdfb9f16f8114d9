package eu.reloop.directory;

/**
 * A service a repairer offers besides the repair itself, as Annex I of Directive (EU) 2024/1799 names them;
 * translated as {@code extra-service.<NAME>}.
 */
public enum ExtraService {
    REMOVAL, INSTALLATION, TRANSPORT
}
