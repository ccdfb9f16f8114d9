package eu.reloop.stamp.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a step that cannot be undone; the texts are {@code <key>.title}, {@code .text} and {@code .button}. */
final class ConfirmStep {

    private ConfirmStep() {
    }

    static void ask(Component source, String key, String theme, Runnable step) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(source.getTranslation(key + ".title"));
        dialog.setText(source.getTranslation(key + ".text"));
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("editor.cancel"));
        dialog.setConfirmText(source.getTranslation(key + ".button"));
        dialog.setConfirmButtonTheme(theme);
        dialog.setId("confirm-stamp");
        dialog.addConfirmListener(confirmed -> step.run());
        dialog.open();
    }
}
