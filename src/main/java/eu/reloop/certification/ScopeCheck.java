package eu.reloop.certification;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisations;
import eu.reloop.shared.RefusedException;

/** A scope may only name device categories the directory's taxonomy knows. */
@Component
class ScopeCheck {

    private final Organisations organisations;

    ScopeCheck(Organisations organisations) {
        this.organisations = organisations;
    }

    void check(Scope scope) {
        Set<String> known = organisations.categories().stream().map(DeviceCategory::code).collect(Collectors.toSet());
        if (!known.containsAll(scope.categories())) {
            throw RefusedException.onField("categories", "application.error.unknown-category");
        }
    }
}
