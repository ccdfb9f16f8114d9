package eu.reloop.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import eu.reloop.identity.IdentityLinks;
import eu.reloop.identity.SignInThrottle;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.MainLayout;

/**
 * The page the link in a "sign-in paused" e-mail opens. Opening it changes nothing (mail scanners open links
 * too, and would lift the pause for whoever is guessing); the button does, once.
 */
@Route(value = IdentityLinks.RESUME_SIGN_IN_ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ResumeSignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SignInThrottle throttle;
    private String token = "";

    ResumeSignInView(SignInThrottle throttle) {
        this.throttle = throttle;
        addClassName("auth-card");
        Button resume = new Button(getTranslation("resume.submit"), click -> resume());
        resume.addThemeVariants(ButtonVariant.PRIMARY);
        resume.setId("resume-submit");
        add(new H1(getPageTitle()), new Paragraph(getTranslation("resume.intro")), resume);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(IdentityLinks.TOKEN).orElse("");
    }

    private void resume() {
        if (Attempt.run(this, () -> throttle.resume(token))) {
            removeAll();
            Paragraph done = new Paragraph(getTranslation("resume.done"));
            done.setId("resume-done");
            add(new H1(getPageTitle()), done, new RouterLink(getTranslation("layout.sign-in"), LoginView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resume.title");
    }
}
