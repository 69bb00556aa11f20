// Passkeys (WebAuthn) on our pages, on Spring Security's endpoints: sign in on /login, register on /me/passkeys,
// and a check-in assertion on the phone's 签到 form (ADR 0075). Without JavaScript or WebAuthn the
// buttons stay hidden and password sign-in works as before.
(() => {
    'use strict';
    const b64 = {
        encode(buffer) {
            return btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
        },
        decode(text) {
            const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
            const bytes = new Uint8Array(bin.length);
            for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
            return bytes.buffer;
        }
    };
    function csrf() {
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? { [header.content]: token.content } : {};
    }
    async function post(url, body) {
        const response = await fetch(url, {
            method: 'POST', credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', ...csrf() },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
    }
    function requestOptions(options) {
        return {
            ...options,
            challenge: b64.decode(options.challenge),
            allowCredentials: (options.allowCredentials || []).map(c => ({ ...c, id: b64.decode(c.id) }))
        };
    }
    async function assertion(options) {
        const cred = await navigator.credentials.get({ publicKey: requestOptions(options) });
        return {
            id: cred.id,
            rawId: b64.encode(cred.rawId),
            response: {
                authenticatorData: b64.encode(cred.response.authenticatorData),
                clientDataJSON: b64.encode(cred.response.clientDataJSON),
                signature: b64.encode(cred.response.signature),
                userHandle: cred.response.userHandle ? b64.encode(cred.response.userHandle) : undefined
            },
            type: cred.type,
            clientExtensionResults: cred.getClientExtensionResults(),
            authenticatorAttachment: cred.authenticatorAttachment
        };
    }
    function show(el, text) {
        if (!el) return;
        el.textContent = text;
        el.hidden = false;
    }

    document.addEventListener('DOMContentLoaded', () => {
        // 签到: where the company asks for a passkey, sign the server's challenge before the form goes
        const checkIn = document.querySelector('form[data-check-in]');
        const assertionField = checkIn && checkIn.querySelector('[data-assertion][data-passkey-challenge]');
        if (assertionField && window.PublicKeyCredential) {
            let signing = false;
            checkIn.addEventListener('submit', async event => {
                if (assertionField.value || signing) return;
                event.preventDefault();
                signing = true;
                try {
                    const response = await fetch(assertionField.dataset.passkeyChallenge, {
                        method: 'POST', credentials: 'same-origin', headers: { 'Accept': 'application/json', ...csrf() }
                    });
                    if (response.status === 200) {
                        assertionField.value = JSON.stringify(await assertion(await response.json()));
                    }
                } catch (e) {
                    console.error(e); // the server refuses the check-in and says why (IDENTITY_REQUIRED)
                }
                checkIn.submit();
            });
        }
        if (!window.PublicKeyCredential) return;
        const login = document.querySelector('[data-passkey-login]');
        if (login) {
            login.hidden = false;
            login.addEventListener('click', async () => {
                const error = document.getElementById('passkey-error');
                try {
                    const options = await post(login.dataset.optionsUrl);
                    const result = await post(login.dataset.loginUrl, await assertion(options));
                    window.location.href = result.redirectUrl || '/';
                } catch (e) {
                    console.error(e);
                    show(error, error && error.dataset.message);
                }
            });
        }
        const register = document.querySelector('form[data-passkey-register]');
        if (register) {
            register.hidden = false;
            register.addEventListener('submit', async event => {
                event.preventDefault();
                const error = document.getElementById('passkey-error');
                try {
                    const options = await post(register.dataset.optionsUrl);
                    const created = await navigator.credentials.create({
                        publicKey: {
                            ...options,
                            user: { ...options.user, id: b64.decode(options.user.id) },
                            challenge: b64.decode(options.challenge),
                            excludeCredentials: (options.excludeCredentials || []).map(c => ({ ...c, id: b64.decode(c.id) }))
                        }
                    });
                    const result = await post(register.action, {
                        publicKey: {
                            label: register.elements.label.value || register.dataset.defaultLabel,
                            credential: {
                                id: created.id,
                                rawId: b64.encode(created.rawId),
                                response: {
                                    attestationObject: b64.encode(created.response.attestationObject),
                                    clientDataJSON: b64.encode(created.response.clientDataJSON),
                                    transports: created.response.getTransports ? created.response.getTransports() : []
                                },
                                type: created.type,
                                clientExtensionResults: created.getClientExtensionResults(),
                                authenticatorAttachment: created.authenticatorAttachment
                            }
                        }
                    });
                    if (!result.success) throw new Error(JSON.stringify(result));
                    window.location.href = register.dataset.doneUrl;
                } catch (e) {
                    console.error(e);
                    show(error, error && error.dataset.message);
                }
            });
        }
    });
})();
