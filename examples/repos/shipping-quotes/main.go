package main

import (
	"database/sql"
	"log"
	"os"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	_ "github.com/lib/pq"
)

var db *sql.DB

func main() {
	var err error
	db, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	log.Println("connected to database")

	r := gin.Default()
	r.Use(cors.New(cors.Config{
		AllowAllOrigins: true,
		AllowMethods:    []string{"GET", "POST", "OPTIONS"},
	}))

	r.GET("/ping", func(c *gin.Context) { c.String(200, "pong") })
	r.GET("/quote", quoteHandler)
	r.POST("/rates/reload", reloadHandler)

	log.Printf("starting on :%s", os.Getenv("PORT"))
	r.Run(":" + os.Getenv("PORT"))
}
