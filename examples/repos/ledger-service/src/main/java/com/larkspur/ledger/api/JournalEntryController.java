package com.larkspur.ledger.api;

import com.larkspur.ledger.domain.LedgerService;
import com.larkspur.ledger.domain.UnbalancedEntryException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1")
@Validated
class JournalEntryController {

    private final LedgerService ledger;

    JournalEntryController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/journal-entries")
    ResponseEntity<Map<String, UUID>> post(@Valid @RequestBody JournalEntryRequest request) {
        UUID id = ledger.post(request);
        return ResponseEntity.created(URI.create("/v1/journal-entries/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/accounts/{accountId}/balance")
    Map<String, Object> balance(@PathVariable @Pattern(regexp = "[0-9]{4}(-[0-9]{2})?") String accountId) {
        return Map.of("account", accountId, "balanceMinor", ledger.balance(accountId));
    }

    @ExceptionHandler(UnbalancedEntryException.class)
    ProblemDetail unbalanced(UnbalancedEntryException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }
}
