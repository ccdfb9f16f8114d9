package eu.reloop.search;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.directory.Organisations;

/**
 * The device categories' names in every language the directory names them in, which a document's stems are made
 * of too, so that a word such as "vaskemaskiner" or "tvättmaskinerna" finds what is of that category. A language
 * the directory adds to {@link DeviceCategory#names()} is indexed from the next rebuild on.
 */
@Component
class CategoryNames {

    private final Organisations organisations;

    CategoryNames(Organisations organisations) {
        this.organisations = organisations;
    }

    List<String> of(Collection<String> codes) {
        return organisations.categories().stream().filter(category -> codes.contains(category.code()))
                .flatMap(category -> category.names().values().stream()).toList();
    }
}
