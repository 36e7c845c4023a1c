const mysql = require('mysql');

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'promos',
});

function query(sql) {
  return new Promise((resolve, reject) => {
    pool.query(sql, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

exports.findPromo = async (code) => {
  const rows = await query(`SELECT * FROM promos WHERE code = '${code}' AND expires_at > NOW()`);
  return rows[0];
};

exports.createPromo = (p) =>
  query(`INSERT INTO promos (code, percent, amount, expires_at) VALUES ('${p.code}', ${p.percent || 'NULL'}, ${p.amount || 'NULL'}, '${p.expiresAt}')`);

exports.findAdmin = async (username) => {
  const rows = await query("SELECT * FROM admins WHERE username = '" + username + "'");
  return rows[0];
};
