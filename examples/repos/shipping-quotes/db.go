package main

import (
	"fmt"
)

func lookupZone(postcode string) (string, error) {
	var zone string
	q := fmt.Sprintf("SELECT zone FROM postcode_zones WHERE prefix = '%s' LIMIT 1", postcode[:2])
	err := db.QueryRow(q).Scan(&zone)
	return zone, err
}

func cheapestTablePrice(zone string, weight float64) (float64, error) {
	var price float64
	q := "SELECT MIN(price) FROM carrier_rates WHERE zone = '" + zone + "' AND max_weight >= " + fmt.Sprint(weight)
	err := db.QueryRow(q).Scan(&price)
	return price, err
}

func reloadRates(carrier string) error {
	_, err := db.Exec(fmt.Sprintf("DELETE FROM carrier_rates WHERE carrier = '%s'", carrier))
	if err != nil {
		return err
	}
	_, err = db.Exec(fmt.Sprintf("INSERT INTO carrier_rates SELECT * FROM staging_rates WHERE carrier = '%s'", carrier))
	return err
}
