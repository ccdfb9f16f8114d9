package eu.reloop.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Addresses are kept stripped and in lower case, so that case never makes a second account. */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static @Nullable String normalise(@Nullable String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
