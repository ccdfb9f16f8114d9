package eu.reloop.repair.ui;

import java.time.Duration;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import eu.reloop.directory.OrganisationProfile;
import eu.reloop.directory.Organisations;
import eu.reloop.directory.Site;
import eu.reloop.directory.WeeklyOpening;
import eu.reloop.directory.ui.CertificationBadge;
import eu.reloop.directory.ui.DirectoryFormats;
import eu.reloop.market.MarketLinks;
import eu.reloop.repair.CategoryStatistics;
import eu.reloop.repair.IssuedForm;
import eu.reloop.repair.OfferStatus;
import eu.reloop.repair.OpenRepairData;
import eu.reloop.repair.RepairComplaint;
import eu.reloop.repair.RepairComplaints;
import eu.reloop.repair.RepairFormDocuments;
import eu.reloop.repair.RepairLinks;
import eu.reloop.repair.RepairOffer;
import eu.reloop.repair.RepairRequest;
import eu.reloop.repair.RepairRequests;
import eu.reloop.repair.RepairRequests.RequestWithOffers;
import eu.reloop.repair.RepairStatus;
import eu.reloop.repair.RepairerTrackRecord;
import eu.reloop.search.ListingHit;
import eu.reloop.search.ListingQuery;
import eu.reloop.search.ListingSearch;
import eu.reloop.search.ListingSort;
import eu.reloop.shared.Ids;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnavailableException;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.DocumentUpload;
import eu.reloop.shared.ui.Feedback;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.MainLayout;

/**
 * The consumer's request: what was asked, the repairers' forms side by side with their public quality figures,
 * beside stamped refurbished alternatives for sale nearby and ReLoop's figures for the kind of device, accepting a
 * form with a hand-over time; then the repair from booking to collection, and the messages with the repairer.
 */
@Route(value = RepairLinks.REQUEST, layout = MainLayout.class)
@PermitAll
class RepairRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final double ALTERNATIVES_KM = 25;
    private static final int ALTERNATIVES_SHOWN = 4;
    private static final Duration HAND_OVER_STEP = Duration.ofMinutes(15);

    private final transient RepairRequests requests;
    private final transient Organisations organisations;
    private final transient ListingSearch listings;
    private final transient OpenRepairData openData;
    private final transient RepairFormDocuments documents;
    private final transient RepairComplaints complaints;
    private final transient Clock clock;
    private String title = "";

    RepairRequestView(RepairRequests requests, Organisations organisations, ListingSearch listings,
            OpenRepairData openData, RepairFormDocuments documents, RepairComplaints complaints, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        this.organisations = organisations;
        this.listings = listings;
        this.openData = openData;
        this.documents = documents;
        this.complaints = complaints;
        addClassName("repair-request");
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get(RepairLinks.REQUEST_ID).flatMap(Ids::parse).flatMap(requests::myRequest)
                .orElse(null));
    }

    private void show(@Nullable RequestWithOffers shown) {
        removeAll();
        title = getTranslation("repair.request.title");
        if (shown == null) {
            Paragraph missing = new Paragraph(getTranslation("repair.request.not-found"));
            missing.setId("repair-not-found");
            add(new H1(title), missing, myRequestsLink());
            return;
        }
        RepairRequest request = shown.request();
        title = getTranslation("repair.request.title-of", request.brand(), request.model());
        add(new H1(title), myRequestsLink(), new RepairRequestFacts(organisations, request, false));
        Paragraph status = new Paragraph(statusText(request, shown.offers()));
        status.setId("repair-status");
        status.addClassName("repair-status");
        Paragraph since = new Paragraph(getTranslation("repair.status-since",
                getTranslation("repair.status-name." + request.status().name()), BrowserTime.dateTime(request.statusAt())));
        since.setId("repair-status-since");
        add(status, since);
        add(new RepairPhotos(requests, request));
        if (request.status() == RepairStatus.ASKED) {
            add(photoUpload(request));
        }
        Map<UUID, OrganisationProfile> profiles = organisations.profiles(shown.offers().stream()
                .map(RepairOffer::organisationId).toList()).stream()
                .collect(Collectors.toMap(profile -> profile.organisation().id(), Function.identity()));
        add(new H2(getTranslation("repair.compare.title")), comparison(shown, profiles));
        shown.offers().stream().filter(offer -> offer.form() != null)
                .forEach(offer -> add(formCard(request, offer)));
        if (request.status() == RepairStatus.ASKED) {
            add(alternatives(request), statistics(request));
        }
        if (request.status() == RepairStatus.READY) {
            Button collected = new Button(getTranslation("repair.collected"), VaadinIcon.CHECK.create(), click -> {
                if (Attempt.run(this, () -> requests.collected(request.id()))) {
                    Feedback.success(getTranslation("repair.collected.done"));
                    refresh(request.id());
                }
            });
            collected.addThemeVariants(ButtonVariant.PRIMARY);
            collected.setId("repair-collected");
            add(collected);
        }
        if (request.outcome() != null) {
            add(complaints(request));
        }
        add(new RepairMessages(requests.messages(request.id()), text -> requests.write(request.id(), text),
                () -> refresh(request.id())));
    }

    private void refresh(UUID requestId) {
        show(requests.myRequest(requestId).orElse(null));
    }

    /** Complaints about the repair once it is done, and a new one while none is open. */
    private Component complaints(RepairRequest request) {
        List<RepairComplaint> filed = complaints.myComplaints(request.id());
        Div section = new Div(new RepairComplaintList(filed, null));
        if (filed.stream().allMatch(complaint -> complaint.answeredAt() != null)) {
            TextArea text = new TextArea(getTranslation("repair.complaints.new"));
            text.setHelperText(getTranslation("repair.complaints.new.help"));
            text.setMaxLength(TextLimits.REASON);
            text.setWidthFull();
            text.setId("repair-complaint-text");
            Button complain = new Button(getTranslation("repair.complaints.send"), click -> {
                if (Attempt.run(this, FormFields.of("text", text), () -> complaints.complain(request.id(), text.getValue()))) {
                    Feedback.success(getTranslation("repair.complaints.sent"));
                    refresh(request.id());
                }
            });
            complain.setId("repair-complain");
            section.add(text, complain);
        }
        return section;
    }

    private String statusText(RepairRequest request, List<RepairOffer> offers) {
        return switch (request.status()) {
            case ASKED -> getTranslation("repair.status.ASKED",
                    offers.stream().filter(offer -> offer.status() == OfferStatus.WAITING).count());
            case BOOKED -> getTranslation("repair.status.BOOKED", BrowserTime.dateTime(request.handOverAt()));
            case REPAIRED, READY, COLLECTED -> getTranslation("repair.status." + request.status().name(),
                    getTranslation("repair.outcome-name." + request.outcome()),
                    LocalizedFormats.date(request.warrantyEndsOn(), getLocale()));
            default -> getTranslation("repair.status." + request.status().name());
        };
    }

    private Component photoUpload(RepairRequest request) {
        DocumentUpload upload = DocumentUpload.forPhotos(RepairRequests.MAX_PHOTO_BYTES,
                getTranslation("repair.photos.drop"), name -> getTranslation("repair.photos.rejected", name),
                (name, content) -> {
                    if (Attempt.get(this, () -> requests.attachPhoto(request.id(), content)).isPresent()) {
                        Feedback.success(getTranslation("repair.photos.added", name));
                        refresh(request.id());
                    }
                });
        upload.setId("repair-photos-upload");
        return upload;
    }

    /** The forms side by side: one row per repairer asked, the figures a consumer compares in columns. */
    private Component comparison(RequestWithOffers shown, Map<UUID, OrganisationProfile> profiles) {
        RepairRequest request = shown.request();
        Grid<RepairOffer> grid = new Grid<>();
        grid.addColumn(RepairOffer::organisationName).setHeader(getTranslation("repair.compare.repairer"))
                .setFlexGrow(2);
        grid.addComponentColumn(offer -> Optional.ofNullable(profiles.get(offer.organisationId()))
                .map(profile -> (Component) new CertificationBadge(profile.organisation().certification().status()))
                .orElseGet(Span::new)).setHeader(getTranslation("repair.compare.certification")).setAutoWidth(true);
        Map<UUID, RepairerTrackRecord> records = openData.trackRecords(
                shown.offers().stream().map(RepairOffer::organisationId).toList());
        grid.addColumn(offer -> TrackRecordText.of(records.get(offer.organisationId()), this))
                .setHeader(getTranslation("repair.compare.quality")).setFlexGrow(2);
        grid.addColumn(offer -> offer.form() == null ? getTranslation("repair.offer-status." + offer.status().name())
                : (offer.form().priceIsMaximum() ? getTranslation("repair.compare.at-most") + " " : "")
                        + LocalizedFormats.money(offer.form().price(), getLocale()))
                .setHeader(getTranslation("repair.compare.price")).setAutoWidth(true);
        grid.addColumn(offer -> answer(offer, form -> getTranslation("repair.days", form.repairDays())))
                .setHeader(getTranslation("repair.compare.time")).setAutoWidth(true);
        grid.addColumn(offer -> answer(offer, form -> getTranslation(form.loanDevice() ? "repair.compare.yes" : "repair.compare.no")))
                .setHeader(getTranslation("repair.compare.loan")).setAutoWidth(true);
        grid.addColumn(offer -> answer(offer, IssuedForm::handOverPlace)).setHeader(getTranslation("repair.compare.hand-over"))
                .setFlexGrow(2);
        grid.addColumn(offer -> answer(offer, form -> site(profiles.get(offer.organisationId()), form)
                .map(site -> LocalizedFormats.distance(site.details().location().distanceKm(request.location()), getLocale()))
                .orElse(""))).setHeader(getTranslation("repair.compare.distance")).setAutoWidth(true);
        grid.addColumn(offer -> answer(offer, form -> LocalizedFormats.date(form.validUntil(), getLocale())))
                .setHeader(getTranslation("repair.compare.valid-until")).setAutoWidth(true);
        grid.addComponentColumn(offer -> actions(request, offer, profiles.get(offer.organisationId())))
                .setHeader(getTranslation("repair.compare.actions")).setAutoWidth(true);
        grid.setItems(shown.offers());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("repair-comparison");
        Div comparison = new Div(grid);
        shown.offers().stream().filter(offer -> offer.status() == OfferStatus.DECLINED).forEach(offer -> {
            Paragraph declined = new Paragraph(getTranslation("repair.compare.declined", offer.organisationName(),
                    Objects.requireNonNullElse(offer.declineReason(), "")));
            declined.addClassName("repair-declined");
            comparison.add(declined);
        });
        return comparison;
    }

    /** What the form says; nothing while there is none (the price column says why). */
    private static String answer(RepairOffer offer, Function<IssuedForm, String> field) {
        return offer.form() != null ? field.apply(offer.form()) : "";
    }

    private Component actions(RepairRequest request, RepairOffer offer, @Nullable OrganisationProfile profile) {
        Div actions = new Div();
        IssuedForm form = offer.form();
        if (form == null) {
            return actions;
        }
        if (request.status() == RepairStatus.ASKED && offer.status() == OfferStatus.OFFERED) {
            boolean binding = form.bindsAt(clock.instant());
            Button accept = new Button(getTranslation("repair.accept"), click -> book(request, offer, profile));
            accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            accept.setEnabled(binding);
            accept.setId("accept-" + offer.organisationId());
            actions.add(accept);
            if (!binding) {
                actions.add(new Span(getTranslation("repair.form.expired")));
            }
        } else if (offer.status() == OfferStatus.ACCEPTED) {
            actions.add(new Span(getTranslation("repair.offer-status.ACCEPTED")));
        }
        return actions;
    }

    private Component formCard(RepairRequest request, RepairOffer offer) {
        IssuedForm form = offer.form();
        Div card = new Div(new H3(getTranslation("repair.form.heading", offer.organisationName())),
                new RepairFormSummary(documents.fields(request, form, getLocale())));
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            byte[] document = documents.pdf(request, offer);
            return new DownloadResponse(new java.io.ByteArrayInputStream(document), "repair-information-form.pdf",
                    "application/pdf", document.length);
        });
        Anchor download = new Anchor(pdf, getTranslation("repair.form.pdf"));
        download.setTarget(AnchorTarget.BLANK);
        download.setId("repair-form-pdf-" + offer.organisationId());
        card.add(download);
        card.addClassName("repair-form-card");
        card.setId("repair-form-" + offer.organisationId());
        return card;
    }

    /** Asks for the hand-over time, in the repairer's time zone, showing when its workshop is open. */
    private void book(RepairRequest request, RepairOffer offer, @Nullable OrganisationProfile profile) {
        IssuedForm form = offer.form();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("repair.book.title", offer.organisationName()));
        dialog.setId("repair-book-dialog");
        dialog.add(new Paragraph(getTranslation("repair.book.text", LocalizedFormats.date(form.validUntil(), getLocale()),
                form.timeZone().getId())));
        site(profile, form).ifPresent(site -> dialog.add(new Paragraph(getTranslation("repair.book.hours",
                site.details().name(), hours(site.details().hours().weekly())))));
        DateTimePicker when = new DateTimePicker(getTranslation("repair.book.when"));
        when.setStep(HAND_OVER_STEP);
        when.setMin(LocalDateTime.ofInstant(clock.instant(), form.timeZone()));
        when.setId("repair-hand-over-at");
        dialog.add(when);
        Button confirm = new Button(getTranslation("repair.book.confirm"), click -> {
            if (Attempt.run(this, FormFields.of("handOverAt", when),
                    () -> requests.accept(request.id(), offer.organisationId(), when.getValue()))) {
                dialog.close();
                Feedback.success(getTranslation("repair.book.done"));
                refresh(request.id());
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("repair-book-confirm");
        dialog.getFooter().add(new Button(getTranslation("editor.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private String hours(List<WeeklyOpening> weekly) {
        return weekly.isEmpty() ? getTranslation("repair.book.hours-unknown") : DirectoryFormats.weekly(weekly, getLocale());
    }

    private static Optional<Site> site(@Nullable OrganisationProfile profile, IssuedForm form) {
        return profile == null ? Optional.empty()
                : profile.sites().stream().filter(site -> site.id().equals(form.siteId())).findFirst();
    }

    /** Repair or buy: stamped refurbished devices of the same kind for sale near the consumer. */
    private Component alternatives(RepairRequest request) {
        Div section = new Div(new H2(getTranslation("repair.alternatives.title")));
        section.setId("repair-alternatives");
        List<ListingHit> hits;
        try {
            hits = listings.search(new ListingQuery(request.location(), ALTERNATIVES_KM, request.category(), null, Set.of(),
                    null, null, null, null, null, ListingSort.DISTANCE, 0, ALTERNATIVES_SHOWN, false)).page().hits();
        } catch (UnavailableException unavailable) {
            section.add(new Paragraph(getTranslation(unavailable.messageKey())));
            return section;
        }
        if (hits.isEmpty()) {
            section.add(new Paragraph(getTranslation("repair.alternatives.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("repair.alternatives.intro")));
        for (ListingHit hit : hits) {
            Anchor link = new Anchor(MarketLinks.listing(hit.listingId()), hit.title());
            link.getElement().setAttribute("router-link", true);
            Div card = new Div(link, new Paragraph(LocalizedFormats.money(hit.price(), getLocale()) + " · "
                    + hit.sellerName() + " · " + LocalizedFormats.distance(hit.distanceKm(), getLocale())));
            card.addClassName("repair-alternative");
            card.getElement().setAttribute("data-listing", hit.listingId().toString());
            section.add(card);
        }
        return section;
    }

    /** ReLoop's figures for the kind of device, in the currency of the consumer's country. */
    private Component statistics(RepairRequest request) {
        Currency currency = Currency.getInstance(listings.currencyAt(request.location()));
        CategoryStatistics figures = openData.statistics(request.category(), currency);
        Paragraph text = new Paragraph(figures.repairs() == 0 ? getTranslation("repair.statistics.none")
                : getTranslation("repair.statistics.text", figures.repairs(),
                        Math.round(100 * (figures.shareFixed() == null ? 0 : figures.shareFixed())),
                        figures.medianPrice() == null ? "–" : LocalizedFormats.money(figures.medianPrice(), getLocale()),
                        figures.medianDays() == null ? "–" : String.valueOf(Math.round(figures.medianDays()))));
        text.setId("repair-statistics");
        return new Div(new H2(getTranslation("repair.statistics.title")), text);
    }

    private Anchor myRequestsLink() {
        Anchor link = new Anchor(RepairLinks.myRequests(), getTranslation("repair.back-to-mine"));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
