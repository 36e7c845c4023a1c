// Command checkout-api serves the Checkout API v1.
package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	_ "net/http/pprof" // registers /debug/pprof on http.DefaultServeMux, served only on the debug listener
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/larkspur/checkout-api/internal/fraud"
	"github.com/larkspur/checkout-api/internal/httpapi"
	"github.com/larkspur/checkout-api/internal/logging"
	"github.com/larkspur/checkout-api/internal/orders"
	"github.com/larkspur/checkout-api/internal/telemetry"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "healthcheck" {
		os.Exit(healthcheck())
	}
	logger := logging.New(os.Getenv("LOG_LEVEL"))
	slog.SetDefault(logger)
	if err := run(logger); err != nil {
		logger.Error("checkout-api stopped", "error", err)
		os.Exit(1)
	}
}

func run(logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	shutdownTelemetry, err := telemetry.Setup(ctx, "checkout-api")
	if err != nil {
		return err
	}

	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		return err
	}
	defer pool.Close()

	fraudClient := fraud.NewClient(os.Getenv("FRAUD_SCORING_URL"), 800*time.Millisecond)
	handler := httpapi.NewRouter(httpapi.Deps{
		Orders: orders.NewStore(pool),
		Fraud:  fraudClient,
		Logger: logger,
		Ready:  pool.Ping,
	})

	srv := &http.Server{
		Addr:              ":8080",
		Handler:           handler,
		ReadHeaderTimeout: 2 * time.Second,
		ReadTimeout:       5 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
	debug := &http.Server{
		Addr:              "127.0.0.1:6060",
		Handler:           http.DefaultServeMux,
		ReadHeaderTimeout: 2 * time.Second,
	}

	errs := make(chan error, 2)
	go func() { errs <- srv.ListenAndServe() }()
	go func() { errs <- debug.ListenAndServe() }()
	logger.Info("listening", "addr", srv.Addr)

	select {
	case err := <-errs:
		if !errors.Is(err, http.ErrServerClosed) {
			return err
		}
	case <-ctx.Done():
		logger.Info("shutdown requested, draining connections")
	}

	// Kubernetes gives us 30s after SIGTERM; leave headroom for the telemetry flush.
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err = errors.Join(
		srv.Shutdown(shutdownCtx),
		debug.Shutdown(shutdownCtx),
		shutdownTelemetry(shutdownCtx),
	)
	return err
}

// healthcheck is used by the container HEALTHCHECK; distroless images have no curl.
func healthcheck() int {
	client := &http.Client{Timeout: 2 * time.Second}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://127.0.0.1:8080/healthz", nil)
	if err != nil {
		return 1
	}
	resp, err := client.Do(req)
	if err != nil {
		return 1
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 1
	}
	return 0
}
