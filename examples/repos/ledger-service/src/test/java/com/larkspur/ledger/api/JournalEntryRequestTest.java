package com.larkspur.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.larkspur.ledger.api.JournalEntryRequest.Line;
import com.larkspur.ledger.api.JournalEntryRequest.Side;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalEntryRequestTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void balancedEntryIsValid() {
        var entry = new JournalEntryRequest("inv-1", LocalDate.of(2025, 5, 1), "EUR",
                List.of(new Line("1200", Side.DEBIT, 1190), new Line("4000", Side.CREDIT, 1000), new Line("2200", Side.CREDIT, 190)));
        assertThat(validator.validate(entry)).isEmpty();
        assertThat(entry.isBalanced()).isTrue();
    }

    @Test
    void rejectsBadCurrencyAndAccount() {
        var entry = new JournalEntryRequest("inv-2", LocalDate.of(2025, 5, 1), "euro",
                List.of(new Line("cash", Side.DEBIT, 10), new Line("4000", Side.CREDIT, 10)));
        assertThat(validator.validate(entry)).hasSize(2);
    }
}
