// A submitted form cannot be sent twice by a second click; the server dedups on the Idempotency-Key anyway.
document.addEventListener('submit', function (e) {
    e.target.querySelectorAll('button[type=submit]').forEach(function (b) {
        setTimeout(function () { b.disabled = true; b.textContent = '正在提交…'; }, 0);
    });
});
