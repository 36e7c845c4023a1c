package com.larkspur.invoices;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;

public record IssueInvoiceRequest(
        @NotBlank String customerId,
        @Email String billingEmail,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotEmpty List<@Valid Item> items) {

    public record Item(@NotBlank String description, @Positive int quantity, @Positive long unitPriceMinor) {}

    public long totalMinor() {
        return items.stream().mapToLong(i -> i.quantity() * i.unitPriceMinor()).sum();
    }
}
