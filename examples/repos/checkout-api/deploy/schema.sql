CREATE TABLE orders (
  id          uuid PRIMARY KEY,
  customer_id text        NOT NULL,
  currency    char(3)     NOT NULL,
  card_token  text        NOT NULL,
  total_minor bigint      NOT NULL CHECK (total_minor > 0),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE order_lines (
  order_id         uuid    NOT NULL REFERENCES orders (id),
  line_no          int     NOT NULL,
  sku              text    NOT NULL,
  quantity         int     NOT NULL CHECK (quantity > 0),
  unit_price_minor bigint  NOT NULL CHECK (unit_price_minor > 0),
  PRIMARY KEY (order_id, line_no)
);
