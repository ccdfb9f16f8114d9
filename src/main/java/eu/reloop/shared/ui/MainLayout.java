package eu.reloop.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.Translations;

/**
 * The frame around every page: the brand, the language switcher, sign-in state, and a menu built
 * from the {@code @Menu} views the current user may open, so adding a view never means editing this.
 * Open to anonymous visitors; each view inside states its own access.
 */
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final SideNav menu = new SideNav();

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), brand(), spacer(), languageSwitcher(), accountArea());
        menu.getElement().setAttribute("aria-label", getTranslation("layout.menu"));
        menu.addClassNames(LumoUtility.Margin.SMALL);
        addToDrawer(menu);
    }

    /** The entries are read at every navigation: a role gained while signed in opens its pages at once. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        menu.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            menu.addItem(item);
        }
    }

    private RouterLink brand() {
        RouterLink brand = new RouterLink("", LandingView.class);
        brand.add(new Span("ReLoop"));
        brand.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.TextColor.HEADER);
        brand.getElement().setAttribute("aria-label", getTranslation("layout.home"));
        return brand;
    }

    private static Span spacer() {
        Span spacer = new Span();
        spacer.getStyle().set("flex-grow", "1");
        return spacer;
    }

    private Select<Locale> languageSwitcher() {
        Select<Locale> language = new Select<>();
        language.setItems(Translations.SUPPORTED);
        language.setItemLabelGenerator(locale -> LocalizedFormats.language(locale, locale));
        language.setValue(Translations.SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(Translations.ENGLISH));
        language.setAriaLabel(getTranslation("layout.language"));
        language.setId("language");
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                VaadinSession.getCurrent().setLocale(change.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        language.setWidth("10em");
        return language;
    }

    private HorizontalLayout accountArea() {
        HorizontalLayout area = new HorizontalLayout();
        area.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        area.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        if (authentication.isAuthenticated()) {
            Span user = new Span(authentication.getPrincipalName().orElse(""));
            user.setId("signed-in-user");
            Button signOut = new Button(getTranslation("layout.sign-out"), click -> authentication.logout());
            signOut.setId("sign-out");
            area.add(user, signOut);
        } else {
            Button signIn = new Button(getTranslation("layout.sign-in"),
                    click -> getUI().ifPresent(ui -> ui.navigate("login")));
            signIn.setId("sign-in");
            Button signUp = new Button(getTranslation("layout.sign-up"),
                    click -> getUI().ifPresent(ui -> ui.navigate("signup")));
            signUp.addThemeVariants(ButtonVariant.PRIMARY);
            signUp.setId("sign-up");
            area.add(signIn, signUp);
        }
        return area;
    }
}
