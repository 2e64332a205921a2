// A submitted form cannot be sent twice by a second click; the server dedups on the Idempotency-Key anyway.
document.addEventListener('submit', function (e) {
    e.target.querySelectorAll('button[type=submit]').forEach(function (b) {
        setTimeout(function () { b.disabled = true; b.textContent = '正在提交…'; }, 0);
    });
});

// Fields marked data-when="Input.Kind=Count,Rate" apply only while that field holds one of those values. Without
// scripts they all stay visible, each with its own hint.
function syncDependentFields(form) {
    form.querySelectorAll('[data-when]').forEach(function (el) {
        var rule = el.dataset.when.split('=');
        var field = form.elements[rule[0]];
        if (field) {
            el.hidden = rule[1].split(',').indexOf(field.value) < 0;
        }
    });
}

document.querySelectorAll('form').forEach(function (form) {
    if (form.querySelector('[data-when]')) {
        syncDependentFields(form);
        form.addEventListener('change', function () { syncDependentFields(form); });
    }
});
