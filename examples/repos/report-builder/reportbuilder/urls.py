from django.http import HttpRequest, JsonResponse
from django.urls import include, path

from reports.api import api


def healthz(_request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


urlpatterns = [
    path("healthz", healthz),
    path("", include("django_prometheus.urls")),  # serves /metrics
    path("api/", api.urls),
]
