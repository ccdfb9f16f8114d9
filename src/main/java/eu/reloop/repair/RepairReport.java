package eu.reloop.repair;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * The repairer's record of a repair in the terms of the Open Repair Data Standard: fixed, still repairable
 * or at its end of life; the barrier when it was not fixed (the service asks for one); the parts used; and the
 * repair's warranty, at least the three months the approval scheme's checklist asks of certified repairers.
 */
public record RepairReport(
        @NotNull @Nullable RepairOutcome outcome,
        @Nullable RepairBarrier barrier,
        @NotNull @Nullable PartsUsed parts,
        @NotNull @Min(RepairReport.MIN_WARRANTY_MONTHS) @Max(60) @Nullable Integer warrantyMonths) {

    public static final int MIN_WARRANTY_MONTHS = 3;
}
