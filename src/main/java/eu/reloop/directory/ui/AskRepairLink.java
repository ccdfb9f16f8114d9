package eu.reloop.directory.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;

import eu.reloop.directory.CertificationStatus;
import eu.reloop.directory.OrganisationKind;

/**
 * "Ask for a repair" from a certified repairer's profile or search result, to the repair module's ask page. A
 * literal path, as the repair module comes after the directory and search: see
 * {@code docs/decisions/links-against-the-module-order.md}.
 */
public class AskRepairLink extends Anchor {

    private static final String ASK_PATH = "/repairs/ask?repairer=";

    public AskRepairLink(UUID organisationId) {
        super(ASK_PATH + organisationId, "");
        setText(getTranslation("profile.ask-repair"));
        addClassName("ask-repair");
        setId("ask-repair-" + organisationId);
    }

    /** Only certified repairers take requests through ReLoop. */
    public static boolean offeredFor(OrganisationKind kind, CertificationStatus certification) {
        return kind == OrganisationKind.REPAIRER && certification == CertificationStatus.CERTIFIED;
    }
}
