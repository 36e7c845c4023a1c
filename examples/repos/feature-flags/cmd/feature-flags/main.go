// Command feature-flags serves flag evaluation and the admin UI.
package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	"go.opentelemetry.io/otel/propagation"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/larkspur/feature-flags/internal/api"
	"github.com/larkspur/feature-flags/internal/flags"
)

func main() {
	logger := slog.New(api.TraceLogHandler{Handler: slog.NewJSONHandler(os.Stdout, nil)})
	slog.SetDefault(logger)

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()

	exp, err := otlptracegrpc.New(ctx)
	if err != nil {
		logger.Error("otlp exporter", "error", err)
		os.Exit(1)
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	otel.SetTextMapPropagator(propagation.TraceContext{})

	// The database may still be starting when the pod starts; retry the first connection.
	var pool *pgxpool.Pool
	err = backoff.Retry(func() error {
		connectCtx, cancel := context.WithTimeout(ctx, 3*time.Second)
		defer cancel()
		p, err := pgxpool.New(connectCtx, os.Getenv("DATABASE_URL"))
		if err != nil {
			return err
		}
		if err := p.Ping(connectCtx); err != nil {
			p.Close()
			return err
		}
		pool = p
		return nil
	}, backoff.WithContext(backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(time.Minute)), ctx))
	if err != nil {
		logger.Error("connect to database", "error", err)
		os.Exit(1)
	}
	defer pool.Close()

	srv := &http.Server{
		Addr:              ":8080",
		Handler:           api.NewHandler(flags.NewStore(pool), os.DirFS("/srv/ui"), logger),
		ReadHeaderTimeout: 2 * time.Second,
		ReadTimeout:       5 * time.Second,
		WriteTimeout:      5 * time.Second,
	}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("listen", "error", err)
			stop()
		}
	}()
	logger.Info("listening", "addr", srv.Addr)
	<-ctx.Done()

	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		logger.Error("shutdown", "error", err)
	}
	_ = tp.Shutdown(shutdownCtx)
}
