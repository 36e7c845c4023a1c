from app import app


def test_status():
    client = app.test_client()
    assert client.get("/status").json == {"ok": True}
