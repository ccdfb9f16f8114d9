package eu.reloop.stamp.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import eu.reloop.directory.DirectoryLinks;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampEvent;
import eu.reloop.stamp.StampLinks;
import eu.reloop.stamp.StampVerification;
import eu.reloop.stamp.Stamps;
import eu.reloop.stamp.StatementCheck;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.TypoSafeCode;
import eu.reloop.shared.UnknownRecordException;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.Callout;
import eu.reloop.shared.ui.CodeLookup;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/**
 * The public stamp check: type a code, or arrive from a QR code at {@code /verify/{code}?p=..&s=..&k=..}.
 * It answers from the registry, live: valid or revoked, the item, its inspection summary, the issuing
 * centre's certificate status and the stamp's history. A QR code's signed statement is checked too, so
 * a label whose QR code was altered is called out.
 */
@Route(value = StampLinks.VERIFY_ROUTE, layout = MainLayout.class)
@Menu(order = 13, icon = "vaadin:check-circle-o", title = "menu.verify-stamp")
@AnonymousAllowed
class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * The public check of a hand-in's erasure certificate (its codes are longer than a stamp's). The hand-in module,
     * which depends on this one, owns the page; so its path is written out here.
     */
    private static final String ERASURE_CHECK = "/erasures";

    private final transient Stamps stamps;
    private final transient Organisations organisations;
    private String title = "";

    VerifyView(Stamps stamps, Organisations organisations) {
        this.stamps = stamps;
        this.organisations = organisations;
        addClassName("verify-view");
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("verify.title");
        add(new H1(title));
        Optional<String> typed = event.getRouteParameters().get("code");
        add(lookup(typed.map(code -> StampCode.parse(code).map(StampCode::display).orElse(code)).orElse("")));
        typed.ifPresent(code -> show(code, event.getLocation().getQueryParameters().getParameters()));
        Anchor offline = new Anchor(StampLinks.offlineVerifier(), getTranslation("verify.offline"));
        // Loaded by the browser, not the router: the verifier is a static page of its own, not a view.
        offline.setRouterIgnore(true);
        offline.setId("verify-offline");
        Anchor erasure = new Anchor(ERASURE_CHECK, getTranslation("verify.erasure-check"));
        erasure.setId("verify-erasure-check");
        add(new Paragraph(offline), new Paragraph(erasure));
    }

    private Component lookup(String typed) {
        return new CodeLookup(StampCode.FORMAT, new CodeLookup.Texts("verify", "7K3M-9QXD-Q", "stamp-code", "verify-stamp"),
                typed, code -> getUI().ifPresent(ui -> ui.navigate(VerifyView.class, new RouteParameters("code", code))));
    }

    private void show(String typed, Map<String, List<String>> query) {
        Optional<StampCode> code = StampCode.parse(typed);
        if (code.isEmpty()) {
            add(callout("verify-problem", "error", getTranslation(
                    StampCode.read(typed) == TypoSafeCode.Reading.TYPO ? "verify.typo" : "verify.malformed")));
            return;
        }
        stamps.verify(code.get()).ifPresentOrElse(found -> show(code.get(), found, query),
                () -> add(callout("verify-problem", "error", getTranslation("verify.unknown", code.get().display()))));
    }

    private void show(StampCode code, StampVerification stamp, Map<String, List<String>> query) {
        title = getTranslation("verify.stamp-title", stamp.code());
        boolean valid = stamp.status() == StampVerification.Status.VALID;
        add(callout("verify-status", valid ? "success" : "error", switch (stamp.status()) {
            case VALID -> getTranslation("verify.valid", BrowserTime.dateTime(stamp.checkedAt()));
            case REVOKED -> getTranslation("verify.revoked", BrowserTime.date(stamp.revokedAt()), stamp.revokedReason());
            case UNVERIFIABLE -> getTranslation("verify.unverifiable");
        }));
        if (stamp.reportedLostAt() != null) {
            add(callout("verify-lost", "error", getTranslation("verify.reported-lost", BrowserTime.date(stamp.reportedLostAt()))));
        }
        qrStatement(code, query).ifPresent(this::add);

        String category = new CategoryNames(organisations, getLocale()).of(stamp.category());
        FactList facts = new FactList();
        facts.fact("verify.item", stamp.brand() + " " + stamp.model() + " (" + category + ")");
        facts.fact("verify.serial", stamp.serial());
        if (stamp.yearOfManufacture() != null) {
            facts.fact("verify.year", String.valueOf(stamp.yearOfManufacture()));
        }
        facts.condition(stamp);
        Anchor centre = new Anchor(DirectoryLinks.profile(stamp.centreId()), stamp.centreName());
        centre.getElement().setAttribute("router-link", true);
        centre.setId("verify-centre");
        facts.add(new DescriptionList.Term(getTranslation("verify.centre")),
                new DescriptionList.Description(centre, new CertificationBadge(stamp.centreCertification())));
        facts.fact("verify.certifier", stamp.certifier());
        facts.fact("verify.issued", BrowserTime.date(stamp.issuedAt()));
        facts.fact("verify.warranty", getTranslation("verify.warranty.rule", stamp.warrantyMonths()));
        facts.setId("verify-facts");

        UnorderedList history = new UnorderedList();
        Map<String, String> repairers = repairerNames(stamp.history());
        stamp.history().forEach(entry -> history.add(new ListItem(BrowserTime.dateTime(entry.at()) + " \u00b7 "
                + getTranslation("stamp-event." + entry.event().name())
                + detail(entry, repairers).map(detail -> " " + detail).orElse("") + " \u00b7 "
                + getTranslation("verify.log-entry", entry.sequence()))));
        history.setId("verify-history");
        // The photo beside the facts, where a buyer compares it with the item in hand.
        Div item = new Div(facts);
        item.addClassName("verify-item");
        if (stamp.photoHash() != null) {
            item.add(photo(code, stamp.photoHash()));
        }
        add(item);
        add(serialCheck(code), new H2(getTranslation("verify.history")), history);
        if (stamps.mayPrint(code)) {
            add(documents(code, Boolean.TRUE.equals(stamp.dataErased())));
        }
        if (stamps.mayRevoke(code)) {
            Button revoke = new Button(getTranslation("verify.revoke"), click -> askRevocation(code));
            revoke.addThemeVariants(ButtonVariant.ERROR);
            revoke.setId("revoke-stamp");
            add(revoke);
        }
        add(callout("verify-proof", "contrast", getTranslation("verify.proof")));
    }

    /** What a repair's or a warranty claim's entry adds to its event: who repaired it and how it went, or the claim's step. */
    private Optional<String> detail(StampVerification.HistoryEntry entry, Map<String, String> repairers) {
        Map<String, String> details = entry.details();
        return switch (entry.event()) {
            case REPAIRED -> Optional.of(getTranslation("verify.history.repaired",
                    repairers.getOrDefault(details.get("repairer"), ""),
                    getTranslation("verify.history.outcome." + details.get("outcome")),
                    Integer.parseInt(details.get("repairWarrantyMonths")))
                    + (Boolean.parseBoolean(details.get("underWarranty"))
                            ? " " + getTranslation("verify.history.under-warranty") : ""));
            case WARRANTY_CLAIM -> Optional.of(getTranslation(details.containsKey("outcome")
                    ? "verify.history.claim." + details.get("outcome") : "verify.history.claim.filed"));
            default -> Optional.empty();
        };
    }

    /** The names of the organisations that repaired the item, by id as the log names them. */
    private Map<String, String> repairerNames(List<StampVerification.HistoryEntry> history) {
        List<UUID> ids = history.stream().filter(entry -> entry.event() == StampEvent.REPAIRED)
                .map(entry -> UUID.fromString(entry.details().get("repairer"))).distinct().toList();
        return ids.isEmpty() ? Map.of() : organisations.byName(ids, getLocale()).stream()
                .collect(Collectors.toMap(organisation -> organisation.id().toString(),
                        organisation -> organisation.details().legalName()));
    }

    /** Revocation is final and every later check shows the reason, so it takes a reason and a confirmation. */
    private void askRevocation(StampCode code) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("verify.revoke.title", code.display()));
        TextArea reason = new TextArea(getTranslation("verify.revoke.reason"));
        reason.setRequired(true);
        reason.setMaxLength(TextLimits.REASON);
        reason.setWidth("28rem");
        reason.setId("revoke-reason");
        dialog.add(new Paragraph(getTranslation("verify.revoke.text")), reason);
        Button confirm = new Button(getTranslation("verify.revoke"), click -> {
            // A missing or unusable reason keeps the dialog open, marked; anything else is told and shown as stored.
            if (Attempt.run(this, FormFields.of("reason", reason), () -> stamps.revoke(code, reason.getValue()))) {
                Feedback.success(getTranslation("verify.revoked-now"));
            } else if (reason.isInvalid()) {
                return;
            }
            dialog.close();
            // Shown again from the registry, so the page says what is stored now.
            getUI().ifPresent(ui -> ui.navigate(VerifyView.class, new RouteParameters("code", code.value())));
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("revoke-confirm");
        dialog.getFooter().add(new Button(getTranslation("editor.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /**
     * The outcome of checking the statement a QR code carried, when the visitor came from one: never a bare
     * "genuine", as a genuine statement of a revoked stamp is genuine too.
     */
    private Optional<Component> qrStatement(StampCode code, Map<String, List<String>> query) {
        String payload = first(query, "p");
        String signature = first(query, "s");
        String keyId = first(query, "k");
        if (payload == null && signature == null && keyId == null) {
            return Optional.empty();
        }
        StatementCheck check = stamps.checkStatement(code, payload, signature, keyId);
        return Optional.of(switch (check.verdict()) {
            case NOT_REVOKED -> callout("verify-qr", "success",
                    getTranslation("verify.qr.not-revoked", BrowserTime.dateTime(check.statusAsOf())));
            case REVOKED -> callout("verify-qr", "error", getTranslation("verify.qr.revoked"));
            case UNVERIFIABLE -> callout("verify-qr", "error", getTranslation("verify.qr.unverifiable"));
            case NOT_GENUINE -> callout("verify-qr", "error", getTranslation("verify.qr.forged"));
        });
    }

    private Component documents(StampCode code, boolean erased) {
        Anchor label = new Anchor(DownloadHandler.fromInputStream(event -> pdf(() -> Optional.of(stamps.label(code)),
                "reloop-label-" + code.value() + ".pdf")), AttachmentType.DOWNLOAD, getTranslation("verify.print-label"));
        label.setId("download-label");
        HorizontalLayout links = new HorizontalLayout(label);
        Anchor erasure = new Anchor(DownloadHandler.fromInputStream(event -> pdf(() -> stamps.erasureCertificate(code),
                "reloop-erasure-" + code.value() + ".pdf")), AttachmentType.DOWNLOAD,
                getTranslation("verify.erasure-certificate"));
        erasure.setId("download-erasure");
        if (erased) {
            links.add(erasure);
        }
        return links;
    }

    /** The document, or a plain refusal when the user may no longer print it (the service checks at each download). */
    private static DownloadResponse pdf(Supplier<Optional<byte[]>> document, String fileName) {
        try {
            return document.get().map(content -> new DownloadResponse(new ByteArrayInputStream(content), fileName,
                    "application/pdf", content.length)).orElseGet(() -> DownloadResponse.error(404));
        } catch (AccessDeniedException | UnknownRecordException refused) {
            return DownloadResponse.error(403);
        }
    }

    /** The item as the centre photographed it, so that a buyer can compare; the caption gives the hash the stamp signs. */
    private Component photo(StampCode code, String photoHash) {
        Image image = new Image(StampLinks.photo(code), getTranslation("verify.photo.alt"));
        image.addClassName("verify-photo");
        Paragraph caption = new Paragraph(getTranslation("verify.photo.caption", photoHash));
        caption.addClassName("stamp-helper");
        Div figure = new Div(image, caption);
        figure.setId("verify-photo");
        return figure;
    }

    /** The buyer types the serial the device itself shows; the answer is only whether it is the stamped one. */
    private Component serialCheck(StampCode code) {
        TextField serial = new TextField(getTranslation("verify.serial.label"));
        serial.setHelperText(getTranslation("verify.serial.help"));
        serial.setMaxLength(TextLimits.LABEL);
        serial.setWidth("22rem");
        serial.setId("verify-serial");
        Div answer = new Div();
        answer.setId("verify-serial-result");
        answer.getElement().setAttribute("role", "status");
        Button check = new Button(getTranslation("verify.serial.check"), click -> {
            answer.removeAll();
            if (!serial.getValue().isBlank()) {
                boolean matches = stamps.serialMatches(code, serial.getValue());
                answer.add(callout("verify-serial-answer", matches ? "success" : "error",
                        getTranslation(matches ? "verify.serial.matches" : "verify.serial.differs")));
            }
        });
        check.setId("verify-serial-check");
        HorizontalLayout form = new HorizontalLayout(serial, check);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new Div(new H2(getTranslation("verify.serial.title")), form, answer);
    }

    private static Div callout(String id, String tone, String text) {
        return Callout.of(id, tone, text);
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
