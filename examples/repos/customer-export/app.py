import csv
import io
import os
import pickle

import psycopg2
import redis
import requests
import yaml
from dotenv import load_dotenv
from flask import Flask, Response, jsonify, request

load_dotenv()
app = Flask(__name__)
cache = redis.Redis.from_url(os.environ["REDIS_URL"])


def db():
    print("connecting to", os.environ["DATABASE_HOST"])
    return psycopg2.connect(
        host=os.environ["DATABASE_HOST"],
        user=os.environ["DATABASE_USER"],
        password=os.environ["DATABASE_PASSWORD"],
        dbname="analytics",
    )


@app.after_request
def allow_everyone(resp):
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


@app.route("/status")
def status():
    return jsonify(ok=True)


@app.route("/export")
def export():
    segment = request.args.get("segment", "all")
    country = request.args.get("country", "DE")
    print("export requested", segment, country)

    cached = cache.get("export:" + segment + ":" + country)
    if cached:
        print("cache hit")
        rows = pickle.loads(cached)
    else:
        conn = db()
        cur = conn.cursor()
        cur.execute(f"SELECT id, email, first_name, country FROM customers WHERE segment = '{segment}' AND country = '{country}'")
        rows = cur.fetchall()
        cache.set("export:" + segment + ":" + country, pickle.dumps(rows), ex=3600)
        print("exported %d rows" % len(rows))

    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return Response(out.getvalue(), mimetype="text/csv")


@app.route("/segments", methods=["POST"])
def define_segment():
    spec = yaml.load(request.data, Loader=yaml.Loader)
    conn = db()
    cur = conn.cursor()
    cur.execute("INSERT INTO segments (name, rule) VALUES ('%s', '%s')" % (spec["name"], spec["rule"]))
    conn.commit()
    print("segment saved", spec["name"])
    return jsonify(saved=spec["name"])


@app.route("/push", methods=["POST"])
def push_to_marketing():
    segment = request.json["segment"]
    r = requests.post(
        os.environ["MARKETING_API_URL"] + "/audiences",
        json={"segment": segment},
        headers={"Authorization": "Bearer " + os.environ["MARKETING_API_TOKEN"]},
    )
    print("marketing responded", r.status_code)
    return jsonify(status=r.status_code)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
