package eu.reloop.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.reloop.shared.Translations;

/**
 * The language each person reads ReLoop in, kept with their account: what they last chose or browsed in while
 * signed in. E-mail and documents sent to them when they are not looking are written in it.
 */
@Service
public class PreferredLanguages {

    private final UserAccountRepository repository;

    PreferredLanguages(UserAccountRepository repository) {
        this.repository = repository;
    }

    /** Each address's language; English for an address without an account or whose account never chose one. */
    @Transactional(readOnly = true)
    public Map<String, Locale> of(Collection<String> emails) {
        Map<String, String> chosen = repository.languages(emails.stream().map(UserAccounts::normalise).toList());
        return emails.stream().distinct().collect(Collectors.toMap(email -> email,
                email -> Translations.supported(Optional.ofNullable(chosen.get(UserAccounts.normalise(email)))
                        .map(Locale::forLanguageTag).orElse(Translations.ENGLISH))));
    }

    /** The signed-in person's language, empty until they have one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Locale> ofCurrentUser() {
        String email = currentEmail();
        return Optional.ofNullable(repository.languages(List.of(email)).get(email)).map(Locale::forLanguageTag);
    }

    /** Keeps the language the signed-in person reads in now, as one of those shipped. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberForCurrentUser(Locale language) {
        repository.setLanguage(currentEmail(), Translations.supported(language).getLanguage());
    }

    private static String currentEmail() {
        return UserAccounts.normalise(SecurityContextHolder.getContext().getAuthentication().getName());
    }
}
