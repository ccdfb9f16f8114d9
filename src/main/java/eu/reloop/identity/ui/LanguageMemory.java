package eu.reloop.identity.ui;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import eu.reloop.identity.PreferredLanguages;

/**
 * Keeps a signed-in person's language with their account. At the first page after signing in, the account's
 * language wins over the browser's; from then on, the language they switch to is kept (the switcher reloads the
 * page, which opens a new UI). An account that never had a language keeps the one they browse in.
 */
@Component
class LanguageMemory implements VaadinServiceInitListener {

    private final PreferredLanguages languages;

    LanguageMemory(PreferredLanguages languages) {
        this.languages = languages;
    }

    /** Whose language this session last agreed with their account, and which. */
    private record Kept(String email, Locale language) {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> follow(init.getUI()));
    }

    private void follow(UI ui) {
        // Read from Spring Security itself: this bean also exists where Vaadin's security does not (the command line).
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return;
        }
        String email = user.getName();
        VaadinSession session = ui.getSession();
        Kept kept = session.getAttribute(Kept.class);
        if (kept == null || !kept.email().equals(email)) {
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
        session.setAttribute(Kept.class, new Kept(email, session.getLocale()));
    }
}
