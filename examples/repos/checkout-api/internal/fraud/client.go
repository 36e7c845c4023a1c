// Package fraud calls the fraud-scoring service behind a circuit breaker with bounded retries.
package fraud

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/sony/gobreaker/v2"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

// Attempt is what we send for scoring.
type Attempt struct {
	CustomerID string `json:"customerId"`
	Amount     int64  `json:"amountMinor"`
	Currency   string `json:"currency"`
}

// Decision is the scorer's answer.
type Decision struct {
	Score  float64 `json:"score"`
	Reject bool    `json:"reject"`
}

// Client talks to fraud-scoring.
type Client struct {
	baseURL string
	http    *http.Client
	breaker *gobreaker.CircuitBreaker[Decision]
}

var errRetryable = errors.New("retryable status from fraud-scoring")

// NewClient returns a client whose every call is bounded by timeout.
func NewClient(baseURL string, timeout time.Duration) *Client {
	return &Client{
		baseURL: baseURL,
		http:    &http.Client{Timeout: timeout, Transport: otelhttp.NewTransport(http.DefaultTransport)},
		breaker: gobreaker.NewCircuitBreaker[Decision](gobreaker.Settings{
			Name:        "fraud-scoring",
			MaxRequests: 5,
			Interval:    30 * time.Second,
			Timeout:     15 * time.Second,
			ReadyToTrip: func(c gobreaker.Counts) bool {
				return c.Requests >= 20 && float64(c.TotalFailures)/float64(c.Requests) > 0.5
			},
		}),
	}
}

// Score asks for a decision, retrying transient failures with jittered exponential backoff.
func (c *Client) Score(ctx context.Context, a Attempt) (Decision, error) {
	return c.breaker.Execute(func() (Decision, error) {
		policy := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(
			backoff.WithInitialInterval(50*time.Millisecond),
			backoff.WithMaxElapsedTime(1500*time.Millisecond),
		), 2), ctx)
		var d Decision
		err := backoff.Retry(func() error {
			var err error
			d, err = c.once(ctx, a)
			if errors.Is(err, errRetryable) {
				return err
			}
			if err != nil {
				return backoff.Permanent(err)
			}
			return nil
		}, policy)
		return d, err
	})
}

func (c *Client) once(ctx context.Context, a Attempt) (Decision, error) {
	body, err := json.Marshal(a)
	if err != nil {
		return Decision{}, fmt.Errorf("encode attempt: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/scores", bytes.NewReader(body))
	if err != nil {
		return Decision{}, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return Decision{}, fmt.Errorf("call fraud-scoring: %w", errors.Join(errRetryable, err))
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return Decision{}, fmt.Errorf("fraud-scoring returned %d: %w", resp.StatusCode, errRetryable)
	case resp.StatusCode != http.StatusOK:
		return Decision{}, fmt.Errorf("fraud-scoring returned %d", resp.StatusCode)
	}
	var d Decision
	if err := json.NewDecoder(resp.Body).Decode(&d); err != nil {
		return Decision{}, fmt.Errorf("decode decision: %w", err)
	}
	return d, nil
}
