package com.larkspur.ledger.fx;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Converts foreign-currency entries for reporting. Calls fx-rates with timeouts, retry and a breaker. */
@Component
public class FxRatesClient {

    private final RestClient http;

    FxRatesClient(RestClient.Builder builder, @Value("${ledger.fx-rates-url}") String baseUrl) {
        var settings = ClientHttpRequestFactorySettings.defaults()
                .withConnectTimeout(Duration.ofMillis(300))
                .withReadTimeout(Duration.ofSeconds(2));
        this.http = builder
                .baseUrl(baseUrl)
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(settings))
                .build();
    }

    @Retry(name = "fx-rates")
    @CircuitBreaker(name = "fx-rates", fallbackMethod = "unavailable")
    public BigDecimal rate(String from, String to) {
        RatesResponse body = http.get().uri("/rates/{base}", from).retrieve().body(RatesResponse.class);
        if (body == null || !body.rates().containsKey(to)) {
            throw new IllegalStateException("no rate " + from + "/" + to);
        }
        return body.rates().get(to);
    }

    @SuppressWarnings("unused")
    private BigDecimal unavailable(String from, String to, Throwable cause) {
        throw new FxUnavailableException(from, to, cause);
    }

    record RatesResponse(String base, Map<String, BigDecimal> rates) {}

    public static class FxUnavailableException extends RuntimeException {
        FxUnavailableException(String from, String to, Throwable cause) {
            super("fx rate " + from + "/" + to + " unavailable", cause);
        }
    }
}
