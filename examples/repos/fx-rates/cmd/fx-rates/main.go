// Command fx-rates serves cached reference exchange rates.
package main

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.uber.org/zap"

	"github.com/larkspur/fx-rates/internal/rates"
	"github.com/larkspur/fx-rates/internal/server"
)

func main() {
	logger, err := zap.NewProduction()
	if err != nil {
		os.Exit(2)
	}
	defer func() { _ = logger.Sync() }()

	exp, err := otlptracehttp.New(context.Background())
	if err != nil {
		logger.Fatal("otlp exporter", zap.Error(err))
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)

	provider := rates.NewProvider(os.Getenv("RATES_SOURCE_URL"), logger)
	cache := rates.NewCache(provider, time.Hour, logger)

	ctx, cancel := context.WithCancel(context.Background())
	go cache.Run(ctx)

	srv := &http.Server{
		Addr:              ":8080",
		Handler:           server.New(cache, logger),
		ReadHeaderTimeout: 3 * time.Second,
		WriteTimeout:      10 * time.Second,
	}

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, os.Interrupt)
	go func() {
		<-sigs
		logger.Info("shutting down")
		cancel()
		shutdownCtx, done := context.WithTimeout(context.Background(), 15*time.Second)
		defer done()
		_ = srv.Shutdown(shutdownCtx)
		_ = tp.Shutdown(shutdownCtx)
	}()

	logger.Info("listening", zap.String("addr", srv.Addr))
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Fatal("server", zap.Error(err))
	}
}
