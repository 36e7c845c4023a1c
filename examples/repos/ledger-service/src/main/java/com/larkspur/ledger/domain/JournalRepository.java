package com.larkspur.ledger.domain;

import com.larkspur.ledger.api.JournalEntryRequest;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All statements use named parameters; nothing is concatenated into SQL. */
@Repository
class JournalRepository {

    private final JdbcClient jdbc;

    JournalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean referenceExists(String reference) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM journal_entries WHERE reference = :ref)")
                .param("ref", reference)
                .query(Boolean.class)
                .single();
    }

    void insert(UUID id, JournalEntryRequest entry) {
        jdbc.sql("""
                INSERT INTO journal_entries (id, reference, booking_date, currency)
                VALUES (:id, :reference, :bookingDate, :currency)
                """)
                .param("id", id)
                .param("reference", entry.reference())
                .param("bookingDate", entry.bookingDate())
                .param("currency", entry.currency())
                .update();
        int lineNo = 0;
        for (JournalEntryRequest.Line line : entry.lines()) {
            jdbc.sql("""
                    INSERT INTO journal_lines (entry_id, line_no, account, side, amount_minor)
                    VALUES (:entryId, :lineNo, :account, :side, :amount)
                    """)
                    .param("entryId", id)
                    .param("lineNo", ++lineNo)
                    .param("account", line.account())
                    .param("side", line.side().name())
                    .param("amount", line.amountMinor())
                    .update();
        }
    }

    long balance(String account) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE side WHEN 'DEBIT' THEN amount_minor ELSE -amount_minor END), 0)
                FROM journal_lines WHERE account = :account
                """)
                .param("account", account)
                .query(Long.class)
                .single();
    }
}
