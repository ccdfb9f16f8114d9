package eu.reloop;

import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test set-up as a given user, the way the services check it, and restores the previous context. */
public final class TestSecurity {

    private TestSecurity() {
    }

    public static <T> T asAdmin(Supplier<T> work) {
        return as("test-admin", work, "ROLE_ADMIN");
    }

    public static void asAdmin(Runnable work) {
        asAdmin(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T as(String email, Supplier<T> work, String... authorities) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var user = new TestingAuthenticationToken(email, null, authorities);
        user.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
