package eu.reloop.handin.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import eu.reloop.directory.DeviceCategory;
import eu.reloop.handin.CertificateCode;
import eu.reloop.handin.ErasureCertificates;
import eu.reloop.handin.HandIn;
import eu.reloop.handin.HandInDevice;
import eu.reloop.handin.HandInLinks;
import eu.reloop.handin.HandInStatus;
import eu.reloop.handin.Outcome;
import eu.reloop.shared.LocalizedFormats;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.stamp.CustodyLog;

/**
 * One hand-in as its owner sees it: code, site and time, and per device what became of it so far (received,
 * erased or destroyed, with the certificate to download and check).
 */
class HandInCard extends Div {

    /** @param custody each device's steps in the registry's log, by device id */
    HandInCard(HandIn handIn, List<DeviceCategory> taxonomy, Map<UUID, List<CustodyLog.Step>> custody,
            ErasureCertificates certificates, boolean linkToReceipt) {
        addClassName("order-card");
        setId("hand-in-" + handIn.code().value());
        Span status = new Span(getTranslation("handin.status." + handIn.status().name()));
        status.getElement().getThemeList().add(switch (handIn.status()) {
            case BOOKED -> "badge";
            case RECEIVED -> "badge success";
            case CANCELLED -> "badge contrast";
        });
        status.addClassName("hand-in-status");
        H2 title = new H2(getTranslation("handin.card.title", handIn.code().display()));
        add(title, status, new Paragraph(getTranslation("handin.card.where-when", handIn.siteName(), handIn.siteAddress(),
                LocalizedFormats.dateTime(handIn.slotStart().atZone(handIn.siteTimeZone()), getLocale()))));
        UnorderedList devices = new UnorderedList();
        for (HandInDevice device : handIn.devices()) {
            ListItem item = new ListItem(new Span(DeviceLabels.of(device.category(), device.brand(), device.model(),
                    taxonomy, getLocale()) + (device.serial() == null ? "" : " · " + device.maskedSerial())));
            item.addClassName("hand-in-device");
            item.add(steps(handIn, device, certificates), custody(custody.getOrDefault(device.id(), List.of())));
            devices.add(item);
        }
        add(devices);
        if (linkToReceipt && handIn.status() != HandInStatus.CANCELLED) {
            Anchor open = new Anchor(HandInLinks.receipt(handIn.id()), getTranslation(handIn.changeable()
                    ? "handin.card.open-changeable" : "handin.card.open"));
            open.getElement().setAttribute("router-link", true);
            open.addClassName("card-link");
            open.setId("open-hand-in-" + handIn.code().value());
            add(open);
        }
    }

    /** That the steps are in the registry's tamper-evident log, and whether every entry still checks out. */
    private Paragraph custody(List<CustodyLog.Step> logged) {
        boolean intact = logged.stream().allMatch(CustodyLog.Step::intact);
        Paragraph custody = new Paragraph(getTranslation(intact ? "handin.card.custody" : "handin.card.custody-broken",
                logged.size()));
        custody.addClassName("hand-in-custody");
        return custody;
    }

    /** The device's timeline so far: booked, received, erased or destroyed with its certificate. */
    private UnorderedList steps(HandIn handIn, HandInDevice device, ErasureCertificates certificates) {
        UnorderedList steps = new UnorderedList();
        steps.addClassName("hand-in-timeline");
        steps.add(new ListItem(getTranslation("handin.step.booked", BrowserTime.dateTime(handIn.bookedAt()))));
        if (handIn.receivedAt() != null) {
            steps.add(new ListItem(getTranslation("handin.step.received", BrowserTime.dateTime(handIn.receivedAt()))));
        }
        CertificateCode code = device.certificateCode();
        if (device.erasure() != null && code != null) {
            ListItem erased = new ListItem(getTranslation("handin.step.erased." + device.erasure().method().name(),
                    LocalizedFormats.date(device.erasure().performedOn(), getLocale()), code.display()));
            Anchor check = new Anchor(HandInLinks.certificate(code), getTranslation("handin.card.check-certificate"));
            check.setTarget(AnchorTarget.BLANK);
            check.setId("check-certificate-" + code.value());
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] content = certificates.pdf(code);
                return new DownloadResponse(new ByteArrayInputStream(content), "reloop-erasure-" + code.value() + ".pdf",
                        "application/pdf", content.length);
            }), getTranslation("handin.card.download-certificate"));
            pdf.setId("download-certificate-" + code.value());
            erased.add(new Span(" "), pdf, new Span(" · "), check);
            steps.add(erased);
        } else if (device.holdsData() && handIn.status() == HandInStatus.RECEIVED) {
            steps.add(new ListItem(getTranslation("handin.step.awaiting-erasure")));
        }
        Outcome outcome = device.outcome();
        if (outcome != null) {
            steps.add(new ListItem(getTranslation("handin.step.outcome." + outcome.kind().name(),
                    BrowserTime.dateTime(outcome.at()))));
            if (outcome.confirmedAt() != null) {
                steps.add(new ListItem(getTranslation("handin.step.confirmed", BrowserTime.dateTime(outcome.confirmedAt()))));
            }
            if (outcome.soldAgainAt() != null) {
                ListItem secondLife = new ListItem(getTranslation("handin.step.second-life",
                        BrowserTime.date(outcome.soldAgainAt())));
                secondLife.addClassName("hand-in-second-life");
                steps.add(secondLife);
            }
        }
        return steps;
    }
}
