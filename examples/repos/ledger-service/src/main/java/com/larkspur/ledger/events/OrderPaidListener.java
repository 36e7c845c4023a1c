package com.larkspur.ledger.events;

import com.larkspur.ledger.api.JournalEntryRequest;
import com.larkspur.ledger.api.JournalEntryRequest.Line;
import com.larkspur.ledger.api.JournalEntryRequest.Side;
import com.larkspur.ledger.domain.LedgerService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.RetryableTopic;
import org.springframework.kafka.retrytopic.DltStrategy;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.retry.annotation.Backoff;
import org.springframework.stereotype.Component;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * Books revenue, tax and receivables for every paid order. Transient failures are retried on
 * order-paid-retry-* topics with backoff; poison messages end in order-paid-dlt for manual review.
 */
@Component
class OrderPaidListener {

    private static final Logger log = LoggerFactory.getLogger(OrderPaidListener.class);

    private final LedgerService ledger;

    OrderPaidListener(LedgerService ledger) {
        this.ledger = ledger;
    }

    @RetryableTopic(
            attempts = "4",
            backoff = @Backoff(delay = 1000, multiplier = 4.0, maxDelay = 60000),
            dltTopicSuffix = "-dlt",
            dltStrategy = DltStrategy.FAIL_ON_ERROR,
            exclude = {IllegalArgumentException.class})
    @KafkaListener(topics = "order-paid", groupId = "ledger-service.order-paid")
    void onOrderPaid(OrderPaid event) {
        long net = event.totalMinor() - event.taxMinor();
        if (net < 0) {
            throw new IllegalArgumentException("tax exceeds total for order " + event.orderId());
        }
        ledger.post(new JournalEntryRequest(
                "order-" + event.orderId(),
                event.paidOn(),
                event.currency(),
                List.of(
                        new Line("1200", Side.DEBIT, event.totalMinor()),
                        new Line("4000", Side.CREDIT, net),
                        new Line("2200", Side.CREDIT, event.taxMinor()))));
    }

    @DltHandler
    void onDeadLetter(OrderPaid event, @Header(KafkaHeaders.EXCEPTION_MESSAGE) String reason) {
        log.error("order-paid event moved to DLT", kv("orderId", event.orderId()), kv("reason", reason));
    }
}
