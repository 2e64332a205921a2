// The toolbar over a report viewed in the browser (HtmlRenderer): 打印 prints the page, 返回 steps back to the page
// that opened the report, or follows its link when the report opened in a tab of its own.
document.querySelectorAll('[data-action=print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
});

document.querySelectorAll('[data-action=back]').forEach(function (link) {
    link.addEventListener('click', function (e) {
        var fromHere = document.referrer && new URL(document.referrer).origin === location.origin;
        if (history.length > 1 && fromHere) {
            e.preventDefault();
            history.back();
        }
    });
});
