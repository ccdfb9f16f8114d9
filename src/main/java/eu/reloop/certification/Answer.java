package eu.reloop.certification;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.TextLimits;

/** An organisation's answer to one checklist item; {@code met} stays null until it is answered. */
public record Answer(Criterion criterion, @Nullable Boolean met,
        @Size(max = TextLimits.NOTE) @PrintableText(multiLine = true) String explanation) {

    public Answer {
        explanation = explanation == null ? "" : explanation.strip();
    }

    public static Answer unanswered(Criterion criterion) {
        return new Answer(criterion, null, "");
    }

    boolean isComplete() {
        return met != null && !explanation.isEmpty();
    }
}
