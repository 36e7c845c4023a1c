package com.larkspur.ledger.domain;

import com.larkspur.ledger.api.JournalEntryRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static net.logstash.logback.argument.StructuredArguments.kv;

@Service
public class LedgerService {

    private static final Logger log = LoggerFactory.getLogger(LedgerService.class);

    private final JournalRepository journal;

    LedgerService(JournalRepository journal) {
        this.journal = journal;
    }

    /** Posts an entry once; a repeated reference is treated as an idempotent retry. */
    @Transactional
    public UUID post(JournalEntryRequest entry) {
        if (!entry.isBalanced()) {
            throw new UnbalancedEntryException(entry.reference());
        }
        if (journal.referenceExists(entry.reference())) {
            log.info("duplicate journal entry ignored", kv("reference", entry.reference()));
            return UUID.nameUUIDFromBytes(entry.reference().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        UUID id = UUID.nameUUIDFromBytes(entry.reference().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        journal.insert(id, entry);
        log.info("journal entry posted", kv("reference", entry.reference()), kv("lines", entry.lines().size()));
        return id;
    }

    public long balance(String account) {
        return journal.balance(account);
    }
}
