package com.larkspur.ledger.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A journal entry as posted by API clients. Amounts are minor units. */
public record JournalEntryRequest(
        @NotBlank @Size(max = 64) String reference,
        @NotNull LocalDate bookingDate,
        @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotEmpty @Size(max = 50) List<@Valid Line> lines) {

    public record Line(
            @NotBlank @Pattern(regexp = "[0-9]{4}(-[0-9]{2})?") String account,
            @NotNull Side side,
            @Positive long amountMinor) {}

    public enum Side { DEBIT, CREDIT }

    /** Double entry: debits and credits must balance. */
    public boolean isBalanced() {
        long debit = lines.stream().filter(l -> l.side() == Side.DEBIT).mapToLong(Line::amountMinor).sum();
        long credit = lines.stream().filter(l -> l.side() == Side.CREDIT).mapToLong(Line::amountMinor).sum();
        return debit == credit;
    }
}
