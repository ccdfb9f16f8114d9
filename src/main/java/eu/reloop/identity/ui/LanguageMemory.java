package eu.reloop.identity.ui;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import eu.reloop.identity.PreferredLanguages;

/**
 * Keeps a signed-in person's language with their account. At the first page after signing in, the account's
 * language wins over the browser's; from then on, the language they switch to is kept (the switcher reloads the
 * page, which opens a new UI). An account that never had a language keeps the one they browse in.
 */
@Component
class LanguageMemory implements VaadinServiceInitListener {

    private final PreferredLanguages languages;
    private final AuthenticationContext authentication;

    LanguageMemory(PreferredLanguages languages, AuthenticationContext authentication) {
        this.languages = languages;
        this.authentication = authentication;
    }

    /** Whose language this session last agreed with their account, and which. */
    private record Kept(String email, Locale language) {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> follow(init.getUI()));
    }

    private void follow(UI ui) {
        Optional<String> email = authentication.getPrincipalName();
        if (!authentication.isAuthenticated() || email.isEmpty()) {
            return;
        }
        VaadinSession session = ui.getSession();
        Kept kept = session.getAttribute(Kept.class);
        if (kept == null || !kept.email().equals(email.get())) {
            Optional<Locale> chosen = languages.ofCurrentUser();
            if (chosen.isPresent()) {
                session.setLocale(chosen.get());
                ui.setLocale(chosen.get());
            } else {
                languages.rememberForCurrentUser(session.getLocale());
            }
        } else if (!kept.language().equals(session.getLocale())) {
            languages.rememberForCurrentUser(session.getLocale());
        }
        session.setAttribute(Kept.class, new Kept(email.get(), session.getLocale()));
    }
}
