// Small browser helpers for Depo's pages; loaded as a file because the CSP allows no inline script.
window.depo = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    copyText: (text) => navigator.clipboard.writeText(text),
};

// Statically rendered forms (login, setup) show a busy, disabled submit button while the post is in flight.
document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-busy-on-submit')) {
        return;
    }
    const button = form.querySelector('button[type=submit]');
    if (button) {
        setTimeout(() => {
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            button.classList.add('depo-busy');
        });
    }
});
