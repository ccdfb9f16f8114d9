package eu.reloop.shared.ui;

import jakarta.validation.constraints.NotBlank;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;

/**
 * A binder that reads an input record's rules: each field shows its rule's message as the person leaves it,
 * and a field is marked required when its rule requires it, {@code @NotBlank} included (Vaadin's default
 * marks only {@code @NotNull}, {@code @NotEmpty} and a {@code @Size} minimum).
 */
public final class RuleBinder {

    private static final RequiredFieldConfigurator REQUIRED_BY_RULE = RequiredFieldConfigurator.DEFAULT
            .chain((rule, binding) -> rule instanceof NotBlank);

    private RuleBinder() {
    }

    public static <T> BeanValidationBinder<T> of(Class<T> inputType) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(inputType);
        binder.setRequiredConfigurator(REQUIRED_BY_RULE);
        return binder;
    }
}
