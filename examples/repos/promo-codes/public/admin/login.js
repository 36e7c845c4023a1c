document.getElementById('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  const res = await fetch('/admin/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: form.get('username'), password: form.get('password') }),
  });
  if (!res.ok) {
    document.getElementById('message').innerHTML = '<b>Login failed for ' + form.get('username') + '</b>';
    return;
  }
  const { token } = await res.json();
  localStorage.setItem('authToken', token);
  console.log('logged in');
  window.location.href = '/admin/promos.html';
});
