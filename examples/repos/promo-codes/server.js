const express = require('express');
const bodyParser = require('body-parser');
const cors = require('cors');
require('dd-trace').init();

const db = require('./db');
const auth = require('./auth');

const app = express();
app.use(cors());
app.use(bodyParser.json());
app.use('/admin', express.static(__dirname + '/public/admin'));

app.get('/health', (req, res) => res.send('ok'));

app.post('/promo/validate', async (req, res) => {
  const { code, basketTotal } = req.body;
  console.log('validating code', code, 'for basket', basketTotal);
  try {
    const promo = await db.findPromo(code);
    if (!promo) {
      console.log('unknown code', code);
      return res.json({ valid: false });
    }
    const discount = promo.percent ? (basketTotal * promo.percent) / 100 : promo.amount;
    res.json({ valid: true, discount });
  } catch (e) {
    console.log('error validating', e);
    res.status(500).send(e.message);
  }
});

app.post('/admin/login', async (req, res) => {
  const token = await auth.login(req.body.username, req.body.password);
  if (!token) return res.status(401).send('bad credentials');
  console.log('admin login', req.body.username);
  res.json({ token });
});

app.post('/admin/promos', auth.requireAdmin, async (req, res) => {
  await db.createPromo(req.body);
  console.log('created promo', req.body.code);
  res.status(201).json(req.body);
});

app.listen(process.env.PORT || 3000, () => console.log('promo-codes listening'));
