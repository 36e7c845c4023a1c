package com.larkspur.ledger.domain;

public class UnbalancedEntryException extends RuntimeException {

    public UnbalancedEntryException(String reference) {
        super("journal entry " + reference + " does not balance");
    }
}
