// Package orders persists orders in PostgreSQL with pgx. Every statement is parameterised.
package orders

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ErrNotFound is returned when no order has the requested id.
var ErrNotFound = errors.New("order not found")

// Order is a placed order. Amounts are in minor units.
type Order struct {
	ID         uuid.UUID `json:"id"`
	CustomerID string    `json:"customerId"`
	Currency   string    `json:"currency"`
	CardToken  string    `json:"-"`
	Lines      []Line    `json:"lines"`
	CreatedAt  time.Time `json:"createdAt"`
}

// Line is one basket line.
type Line struct {
	SKU       string `json:"sku"`
	Quantity  int    `json:"quantity"`
	UnitPrice int64  `json:"unitPrice"`
}

// Total is the order amount in minor units.
func (o Order) Total() int64 {
	var t int64
	for _, l := range o.Lines {
		t += int64(l.Quantity) * l.UnitPrice
	}
	return t
}

// Store reads and writes orders.
type Store struct{ pool *pgxpool.Pool }

// NewStore wraps a connection pool.
func NewStore(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

const queryTimeout = 2 * time.Second

// Insert stores the order and its lines in one transaction.
func (s *Store) Insert(ctx context.Context, o Order) error {
	ctx, cancel := context.WithTimeout(ctx, queryTimeout)
	defer cancel()
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx,
			`INSERT INTO orders (id, customer_id, currency, card_token, total_minor) VALUES ($1, $2, $3, $4, $5)`,
			o.ID, o.CustomerID, o.Currency, o.CardToken, o.Total()); err != nil {
			return fmt.Errorf("insert order row: %w", err)
		}
		for i, l := range o.Lines {
			if _, err := tx.Exec(ctx,
				`INSERT INTO order_lines (order_id, line_no, sku, quantity, unit_price_minor) VALUES ($1, $2, $3, $4, $5)`,
				o.ID, i+1, l.SKU, l.Quantity, l.UnitPrice); err != nil {
				return fmt.Errorf("insert order line %d: %w", i+1, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("insert order %s: %w", o.ID, err)
	}
	return nil
}

// Get loads one order with its lines.
func (s *Store) Get(ctx context.Context, id uuid.UUID) (Order, error) {
	ctx, cancel := context.WithTimeout(ctx, queryTimeout)
	defer cancel()
	o := Order{ID: id}
	err := s.pool.QueryRow(ctx,
		`SELECT customer_id, currency, created_at FROM orders WHERE id = $1`, id).
		Scan(&o.CustomerID, &o.Currency, &o.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return Order{}, ErrNotFound
	}
	if err != nil {
		return Order{}, fmt.Errorf("select order %s: %w", id, err)
	}
	rows, err := s.pool.Query(ctx,
		`SELECT sku, quantity, unit_price_minor FROM order_lines WHERE order_id = $1 ORDER BY line_no`, id)
	if err != nil {
		return Order{}, fmt.Errorf("select lines of %s: %w", id, err)
	}
	o.Lines, err = pgx.CollectRows(rows, pgx.RowToStructByPos[Line])
	if err != nil {
		return Order{}, fmt.Errorf("scan lines of %s: %w", id, err)
	}
	return o, nil
}
