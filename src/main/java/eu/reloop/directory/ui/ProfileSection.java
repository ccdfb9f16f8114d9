package eu.reloop.directory.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to an organisation's public profile, below its sites (a Spring bean), so that the
 * directory shows what other modules know of the organisation without depending on them.
 */
public interface ProfileSection {

    /** The section for the organisation, made anew for each page; none when there is nothing to show. */
    Optional<Component> of(UUID organisationId);
}
