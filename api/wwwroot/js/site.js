// A form marked data-confirm asks first (停用, 办结): a mis-click changes nothing. Capturing, so a refusal stops the
// submit before anything below reacts to it.
document.addEventListener('submit', function (e) {
    var question = e.target.dataset && e.target.dataset.confirm;
    if (question && !window.confirm(question)) {
        e.preventDefault();
        e.stopPropagation();
    }
}, true);

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

// A file input with data-max-bytes drops, before anything is sent, files the server would refuse for their size or
// number, and says why beside the field (the forms are novalidate, so the browser's own bubbles would not stop them).
document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
        var max = Number(input.dataset.maxBytes);
        var maxFiles = Number(input.dataset.maxFiles || 0);
        var tooLarge = Array.prototype.filter.call(input.files, function (f) { return f.size > max; });
        var message = tooLarge.length > 0 ? '“' + tooLarge[0].name + '”超过 ' + Math.round(max / 1048576) + ' MB，不能上传。'
            : maxFiles > 0 && input.files.length > maxFiles ? '每次最多上传 ' + maxFiles + ' 个文件。'
            : '';
        var slot = input.nextElementSibling;
        while (slot && !slot.classList.contains('error')) {
            slot = slot.nextElementSibling;
        }
        if (slot) {
            slot.textContent = message;
        }
        if (message) {
            input.value = '';
        }
    });
});
