package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
)

// fetchParcelFastQuote asks the ParcelFast API for a price.
func fetchParcelFastQuote(postcode string, weight float64) (float64, error) {
	url := fmt.Sprintf("%s/v2/quote?to=%s&kg=%.2f&key=%s", os.Getenv("PARCELFAST_URL"), postcode, weight, os.Getenv("PARCELFAST_KEY"))
	resp, err := http.Get(url)
	if err != nil {
		return 0, fmt.Errorf("parcelfast: %v", err)
	}
	defer resp.Body.Close()
	var body struct {
		Price float64 `json:"price"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return 0, err
	}
	log.Printf("parcelfast quoted %.2f", body.Price)
	return body.Price, nil
}
