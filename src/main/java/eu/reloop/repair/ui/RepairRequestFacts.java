package eu.reloop.repair.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import eu.reloop.directory.Organisations;
import eu.reloop.repair.RepairRequest;
import eu.reloop.stamp.StampCode;
import eu.reloop.stamp.StampLinks;

/**
 * What a request asks about, as both sides read it: the device, the fault, the hand-over (for the repairer with
 * the address it goes to, when there is one), and the device's quality stamp, linked to its public page.
 */
class RepairRequestFacts extends Div {

    RepairRequestFacts(Organisations organisations, RepairRequest request, boolean withAddress) {
        String category = organisations.categories().stream().filter(known -> known.code().equals(request.category()))
                .findFirst().map(known -> known.name(getLocale())).orElse(request.category());
        add(new Paragraph(getTranslation("repair.request.device", category, request.brand(), request.model(),
                        String.valueOf(request.purchaseYear()))),
                new Paragraph(getTranslation("repair.request.fault", request.fault())),
                new Paragraph(getTranslation("repair.request.hand-over",
                        getTranslation("repair.hand-over." + request.handOver().name()))
                        + (withAddress && request.address() != null ? " · " + request.address() : "")));
        if (request.stampCode() != null) {
            StampCode code = new StampCode(request.stampCode());
            Anchor stamp = new Anchor(StampLinks.verify(code), getTranslation("repair.request.stamp", code.display()));
            stamp.getElement().setAttribute("router-link", true);
            stamp.setId("repair-request-stamp");
            add(new Paragraph(stamp));
        }
    }
}
