package eu.reloop.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Header;
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

    /**
     * Sets the page's language, so that a screen reader speaks Norwegian in Norwegian; and gives every dropdown
     * (a Vaadin select) the role of a select-only combobox, which may say it is required, where Vaadin's value
     * button has the role of a button, which may not (vaadin/web-components#7337); and makes Vaadin's connection
     * indicator, which sits outside every landmark, the status message it is.
     */
    private static final String ACCESSIBLE_PAGE = """
            document.documentElement.lang = $0;
            const fixRoles = () => {
                document.querySelectorAll('vaadin-select-value-button:not([role=combobox])')
                    .forEach(button => button.setAttribute('role', 'combobox'));
                document.querySelectorAll('vaadin-connection-indicator:not([role])')
                    .forEach(indicator => indicator.setAttribute('role', 'status'));
            };
            fixRoles();
            if (!window.reloopRoleObserver) {
                window.reloopRoleObserver = new MutationObserver(fixRoles);
                window.reloopRoleObserver.observe(document.body, {childList: true, subtree: true});
            }""";
    private static final String FOCUS_HEADING = """
            requestAnimationFrame(() => {
                window.scrollTo(0, 0);
                const heading = document.querySelector('[role=main] h1');
                if (heading) {
                    heading.scrollIntoView({block: 'nearest'});
                    heading.setAttribute('tabindex', '-1');
                    heading.focus({preventScroll: true});
                }
            });""";

    private final transient AuthenticationContext authentication;
    private final SideNav menu = new SideNav();

    private boolean navigatedBefore;

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        // The bar is the page's banner landmark; each page is its main landmark (below).
        Header banner = new Header(new DrawerToggle(), brand(), spacer(), languageSwitcher(), accountArea());
        banner.addClassName("banner");
        addToNavbar(banner);
        menu.getElement().setAttribute("aria-label", getTranslation("layout.menu"));
        menu.addClassNames(LumoUtility.Margin.SMALL);
        addToDrawer(menu);
        addAttachListener(attach -> attach.getUI().getPage().executeJs(ACCESSIBLE_PAGE, getLocale().toLanguageTag()));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
        super.showRouterLayoutContent(content);
    }

    /** The entries are read at every navigation: a role gained while signed in opens its pages at once. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (navigatedBefore) {
            // As a page load does, a navigation inside the application starts at the top, with the new heading focused
            // for a screen reader; otherwise a page opened from far down a long list would open scrolled down.
            getUI().ifPresent(ui -> ui.getPage().executeJs(FOCUS_HEADING));
        }
        navigatedBefore = true;
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
