package eu.reloop.shared.ui;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;

/**
 * A form's fields by the names its input record gives them ({@code title}, {@code price}...), so that a
 * refusal naming a field can be shown on it. Built from a binder, from explicit names, or both.
 */
public final class FormFields {

    private final Map<String, HasValidation> byName = new LinkedHashMap<>();
    private final List<Binder<?>> binders;

    private FormFields(List<Binder<?>> binders) {
        this.binders = binders;
    }

    public static FormFields none() {
        return new FormFields(List.of());
    }

    /** The fields a binder binds by property name ({@code binder.bind("title")}, or {@code forField(...).bind("title")}). */
    public static FormFields of(Binder<?> binder) {
        return new FormFields(List.of(binder));
    }

    public static FormFields of(String name, HasValidation field) {
        return none().and(name, field);
    }

    /** Adds a field the binder does not bind by that name, such as one checked only by the service. */
    public FormFields and(String name, HasValidation field) {
        byName.put(name, field);
        return this;
    }

    Optional<HasValidation> field(String name) {
        HasValidation named = byName.get(name);
        if (named != null) {
            return Optional.of(named);
        }
        for (Binder<?> binder : binders) {
            Optional<HasValidation> bound = binder.getBinding(name).map(Binder.Binding::getField)
                    .filter(HasValidation.class::isInstance).map(HasValidation.class::cast);
            if (bound.isPresent()) {
                return bound;
            }
        }
        return Optional.empty();
    }

    /** The fields named by hand, whose marks from an earlier attempt are cleared before the next. */
    Collection<HasValidation> named() {
        return byName.values();
    }
}
