package eu.reloop.payment.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import eu.reloop.directory.Organisation;
import eu.reloop.directory.Organisations;
import eu.reloop.identity.OrganisationAccess;
import eu.reloop.identity.Role;
import eu.reloop.payment.PaymentLinks;
import eu.reloop.payment.Payments;
import eu.reloop.payment.SellerAccount;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.MainLayout;

/**
 * Reuse-centre staff see here whether buyers can pay their organisations online, and connect or finish
 * connecting each organisation's Stripe account. Stripe does the onboarding on its own pages and sends
 * the user back here; the state shown follows Stripe's account updates.
 */
@Route(value = PaymentLinks.PAYMENTS, layout = MainLayout.class)
@Menu(order = 27, icon = "vaadin:credit-card", title = "menu.payments")
@RolesAllowed(Role.REUSE_CENTRE_NAME)
class PaymentsView extends VerticalLayout implements HasDynamicTitle {

    /** What an organisation's connected account allows, in the order onboarding reaches it. */
    enum AccountState {
        NOT_CONNECTED, DETAILS_PENDING, CAN_TAKE_CHARGES, PAYOUTS_ENABLED;

        static AccountState of(SellerAccount account) {
            if (account.chargesEnabled() && account.payoutsEnabled()) {
                return PAYOUTS_ENABLED;
            }
            return account.chargesEnabled() ? CAN_TAKE_CHARGES : DETAILS_PENDING;
        }
    }

    private final transient Payments payments;

    PaymentsView(Organisations organisations, OrganisationAccess access, Payments payments) {
        this.payments = payments;
        addClassName("payments");
        setMaxWidth("64rem");
        add(new H1(getTranslation("payments.title")));
        if (!payments.onlineEnabled()) {
            Paragraph off = new Paragraph(getTranslation("payments.not-configured"));
            off.setId("payments-not-configured");
            add(off);
            return;
        }
        NumberFormat percent = NumberFormat.getNumberInstance(getLocale());
        percent.setMaximumFractionDigits(2);
        Paragraph fee = new Paragraph(getTranslation("payments.fee", percent.format(payments.platformFeePercent())));
        fee.setId("payments-fee");
        add(new Paragraph(getTranslation("payments.intro")), fee);
        List<Organisation> mine = organisations.byName(access.managedByCurrentUser(), getLocale());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("payments.no-organisations"));
            empty.setId("no-organisations");
            add(empty);
            return;
        }
        mine.forEach(shown -> add(accountSection(shown)));
    }

    private Component accountSection(Organisation shown) {
        Div section = new Div(new H2(shown.details().legalName()));
        section.addClassName("seller-account");
        section.getElement().setAttribute("data-organisation", shown.id().toString());
        var account = payments.sellerAccount(shown.id());
        AccountState state = account.map(AccountState::of).orElse(AccountState.NOT_CONNECTED);
        Paragraph status = new Paragraph(getTranslation("payments.state." + state.name()));
        status.addClassName("seller-account-state");
        status.getElement().setAttribute("data-state", state.name());
        section.add(status);
        account.ifPresent(known -> section.add(new Paragraph(getTranslation("payments.updated",
                BrowserTime.dateTime(known.updatedAt())))));
        if (state != AccountState.PAYOUTS_ENABLED) {
            Button onboard = new Button(getTranslation(state == AccountState.NOT_CONNECTED ? "payments.connect"
                    : "payments.continue"), VaadinIcon.EXTERNAL_LINK.create(), click -> onboard(shown.id(), click.getSource()));
            onboard.addThemeVariants(ButtonVariant.PRIMARY);
            onboard.setId("onboard-" + shown.id());
            onboard.setDisableOnClick(true);
            section.add(new Paragraph(getTranslation("payments.onboarding.help")), onboard);
        }
        return section;
    }

    /** Stripe's link is for one use and expires in minutes, so it is made at the click, not with the page. */
    private void onboard(UUID organisationId, Button button) {
        Attempt.get(this, () -> payments.onboardingLink(organisationId, PaymentLinks.payments()))
                .ifPresentOrElse(link -> getUI().ifPresent(ui -> ui.getPage().setLocation(link)),
                        () -> button.setEnabled(true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.title");
    }
}
