rootProject.name = "invoice-service"
