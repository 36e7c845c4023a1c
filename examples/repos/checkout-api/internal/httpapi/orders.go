package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-playground/validator/v10"
	"github.com/google/uuid"

	"github.com/larkspur/checkout-api/internal/fraud"
	"github.com/larkspur/checkout-api/internal/orders"
)

type handlers struct {
	deps     Deps
	validate *validator.Validate
}

type placeOrderRequest struct {
	CustomerID string      `json:"customerId" validate:"required,uuid4"`
	Currency   string      `json:"currency" validate:"required,iso4217"`
	CardToken  string      `json:"cardToken" validate:"required,startswith=tok_,max=64"`
	Lines      []orderLine `json:"lines" validate:"required,min=1,max=100,dive"`
}

type orderLine struct {
	SKU      string `json:"sku" validate:"required,alphanum,max=32"`
	Quantity int    `json:"quantity" validate:"required,min=1,max=99"`
	// Minor units (cents) avoid floating point money.
	UnitPrice int64 `json:"unitPrice" validate:"required,min=1"`
}

func (h *handlers) healthz(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusOK)
}

func (h *handlers) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	if err := h.deps.Ready(ctx); err != nil {
		h.deps.Logger.WarnContext(ctx, "not ready", "error", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *handlers) placeOrder(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var req placeOrderRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeProblem(w, http.StatusBadRequest, "body is not valid JSON")
		return
	}
	if err := h.validate.Struct(req); err != nil {
		writeProblem(w, http.StatusUnprocessableEntity, err.Error())
		return
	}

	order := orders.Order{ID: uuid.New(), CustomerID: req.CustomerID, Currency: req.Currency, CardToken: req.CardToken}
	for _, l := range req.Lines {
		order.Lines = append(order.Lines, orders.Line{SKU: l.SKU, Quantity: l.Quantity, UnitPrice: l.UnitPrice})
	}

	decision, err := h.deps.Fraud.Score(ctx, fraud.Attempt{CustomerID: order.CustomerID, Amount: order.Total(), Currency: order.Currency})
	if err != nil {
		// Fail closed: without a score we do not take the order.
		h.deps.Logger.ErrorContext(ctx, "fraud scoring unavailable", "error", err)
		writeProblem(w, http.StatusServiceUnavailable, "order screening is temporarily unavailable")
		return
	}
	if decision.Reject {
		writeProblem(w, http.StatusUnprocessableEntity, "order declined")
		return
	}

	if err := h.deps.Orders.Insert(ctx, order); err != nil {
		h.deps.Logger.ErrorContext(ctx, "insert order", "error", err, "order_id", order.ID)
		writeProblem(w, http.StatusInternalServerError, "could not store the order")
		return
	}
	h.deps.Logger.InfoContext(ctx, "order placed", slog.String("order_id", order.ID.String()), slog.Int64("total", order.Total()))
	writeJSON(w, http.StatusCreated, order)
}

func (h *handlers) getOrder(w http.ResponseWriter, r *http.Request) {
	id, err := uuid.Parse(chi.URLParam(r, "orderID"))
	if err != nil {
		writeProblem(w, http.StatusBadRequest, "orderId must be a UUID")
		return
	}
	order, err := h.deps.Orders.Get(r.Context(), id)
	if errors.Is(err, orders.ErrNotFound) {
		writeProblem(w, http.StatusNotFound, "unknown order")
		return
	}
	if err != nil {
		h.deps.Logger.ErrorContext(r.Context(), "get order", "error", err, "order_id", id)
		writeProblem(w, http.StatusInternalServerError, "could not read the order")
		return
	}
	writeJSON(w, http.StatusOK, order)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeProblem(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"status": status, "title": http.StatusText(status), "detail": detail})
}
