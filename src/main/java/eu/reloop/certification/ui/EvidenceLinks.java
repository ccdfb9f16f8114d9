package eu.reloop.certification.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import eu.reloop.certification.CertificationApplications;
import eu.reloop.certification.EvidenceContent;
import eu.reloop.certification.EvidenceFile;
import eu.reloop.shared.UnknownRecordException;

/**
 * The evidence of one checklist item as download links; the service checks, at each download, that the
 * reader is staff of the organisation or a certifier. Staff editing a draft may also remove a file.
 */
class EvidenceLinks extends UnorderedList {

    /**
     * @param remove removes a file and tells whether it did; null where files cannot be removed
     * @param afterRemoval shows the list again once a file is gone
     */
    EvidenceLinks(CertificationApplications applications, UUID organisationId, List<EvidenceFile> files,
            @Nullable Predicate<EvidenceFile> remove, Runnable afterRemoval) {
        addClassName("evidence-links");
        if (files.isEmpty()) {
            add(new ListItem(getTranslation("application.no-evidence")));
        }
        for (EvidenceFile file : files) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                try {
                    EvidenceContent content = applications.evidence(organisationId, file.id());
                    return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                            content.contentType(), content.content().length);
                } catch (AccessDeniedException | UnknownRecordException refused) {
                    return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
                }
            }), AttachmentType.DOWNLOAD, file.fileName());
            download.addClassName("evidence-download");
            Span size = new Span(" (" + Math.max(1, file.sizeBytes() / 1024) + " kB) ");
            ListItem item = new ListItem(download, size);
            if (remove != null) {
                Button removeButton = new Button(VaadinIcon.TRASH.create(), click -> confirmRemoval(file, remove, afterRemoval));
                removeButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                removeButton.setAriaLabel(getTranslation("application.remove-evidence", file.fileName()));
                item.add(removeButton);
            }
            add(item);
        }
    }

    private void confirmRemoval(EvidenceFile file, Predicate<EvidenceFile> remove, Runnable afterRemoval) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("application.remove-evidence", file.fileName()));
        confirm.setText(getTranslation("application.remove-evidence.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.cancel"));
        confirm.setConfirmText(getTranslation("application.remove-evidence.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            remove.test(file);
            afterRemoval.run();
        });
        confirm.open();
    }
}
