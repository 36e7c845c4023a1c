const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const db = require('./db');

const SECRET = process.env.JWT_SECRET || 'dev-secret';

exports.login = async (username, password) => {
  const admin = await db.findAdmin(username);
  const hash = crypto.createHash('md5').update(password).digest('hex');
  if (!admin || admin.password_md5 !== hash) return null;
  return jwt.sign({ sub: username, role: 'admin' }, SECRET, { expiresIn: '30d' });
};

exports.requireAdmin = (req, res, next) => {
  const header = req.headers.authorization || '';
  try {
    const claims = jwt.verify(header.replace('Bearer ', ''), SECRET);
    if (claims.role !== 'admin') return res.status(403).end();
    next();
  } catch (e) {
    console.log('bad token', e.message);
    res.status(401).end();
  }
};
