package eu.reloop.identity.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.SignInPausedException;
import eu.reloop.shared.ui.MainLayout;

/**
 * Sign-in with e-mail and password; Spring Security handles the form post to {@code /login}, which carries the
 * page's CSRF token. A sign-in the throttle refused says how long to wait, in the same words whether or not the
 * account exists.
 */
@Route(value = IdentityLinks.LOGIN_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Shorter waits are told in seconds. */
    private static final Duration TOLD_IN_MINUTES = Duration.ofMinutes(2);

    private final LoginForm form = new LoginForm();
    private final transient Clock clock;

    LoginView(Clock clock) {
        this.clock = clock;
        addClassName("auth-card");
        form.setAction("login");
        form.addForgotPasswordListener(click -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(translatedI18n());
        RouterLink signUp = new RouterLink(getTranslation("login.sign-up-link"), SignUpView.class);
        add(form, new Paragraph(signUp));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed) {
            lastRefusal().ifPresent(this::tellToWait);
        }
        form.setError(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    /** The throttle's refusal of this browser's last sign-in, while its wait lasts (Spring keeps it in the session). */
    private Optional<SignInPausedException> lastRefusal() {
        return VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof SignInPausedException paused && paused.until().isAfter(clock.instant())
                ? Optional.of(paused) : Optional.empty();
    }

    private void tellToWait(SignInPausedException paused) {
        Duration wait = Duration.between(clock.instant(), paused.until());
        long seconds = Math.max(1, wait.plusMillis(999).toSeconds());
        long minutes = Math.max(1, wait.plusSeconds(59).toMinutes());
        String message = switch (paused.reason()) {
            case WAIT -> wait.compareTo(TOLD_IN_MINUTES) < 0 ? getTranslation("login.throttled.wait-seconds", seconds)
                    : getTranslation("login.throttled.wait-minutes", minutes);
            case ACCOUNT_PAUSED -> getTranslation("login.throttled.account", minutes);
            case ADDRESS_PAUSED -> getTranslation("login.throttled.network", minutes);
        };
        LoginI18n i18n = translatedI18n();
        i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
    }

    private LoginI18n translatedI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }
}
