package main

import (
	"fmt"
	"log"
	"strconv"

	"github.com/gin-gonic/gin"
)

func quoteHandler(c *gin.Context) {
	postcode := c.Query("postcode")
	weight, _ := strconv.ParseFloat(c.Query("weight"), 64)
	log.Printf("quote request postcode=%s weight=%f", postcode, weight)

	zone, err := lookupZone(postcode)
	if err != nil {
		log.Printf("zone lookup failed: %v", err)
		c.JSON(500, gin.H{"error": err.Error()})
		return
	}

	tablePrice, err := cheapestTablePrice(zone, weight)
	if err != nil {
		log.Printf("rate table failed: %v", err)
	}
	apiPrice, err := fetchParcelFastQuote(postcode, weight)
	if err != nil {
		log.Printf("parcelfast failed: %v", err)
	}
	best := tablePrice
	if apiPrice > 0 && (best == 0 || apiPrice < best) {
		best = apiPrice
	}
	fmt.Println("quoted", postcode, best)
	c.JSON(200, gin.H{"postcode": postcode, "price": best})
}

func reloadHandler(c *gin.Context) {
	carrier := c.PostForm("carrier")
	if err := reloadRates(carrier); err != nil {
		c.JSON(500, gin.H{"error": err.Error()})
		return
	}
	log.Println("reloaded rates for", carrier)
	c.JSON(200, gin.H{"ok": true})
}
