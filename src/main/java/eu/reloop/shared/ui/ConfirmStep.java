package eu.reloop.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a step that cannot be undone; the texts are {@code <key>.title}, {@code .text} and {@code .button}. */
public final class ConfirmStep {

    private ConfirmStep() {
    }

    /** @param id the dialog's id, for tests to find its buttons */
    public static void ask(Component source, String key, String theme, String id, Runnable step) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(source.getTranslation(key + ".title"));
        dialog.setText(source.getTranslation(key + ".text"));
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("editor.cancel"));
        dialog.setConfirmText(source.getTranslation(key + ".button"));
        dialog.setConfirmButtonTheme(theme);
        dialog.setId(id);
        dialog.addConfirmListener(confirmed -> step.run());
        dialog.open();
    }
}
