package eu.reloop.certification;

import java.util.List;

import jakarta.validation.Valid;

/** What the organisation fills in: the scope it asks for and its checklist answers. */
public record ApplicationDraft(Scope scope, List<@Valid Answer> answers) {

    public ApplicationDraft {
        answers = List.copyOf(answers);
    }
}
