package server

import "net/http"

// MetaCSP is the Content-Security-Policy of every page: the app
// loads nothing from other origins and runs no inline script or style.
//
//   - default-src 'self': anything not listed below comes from the site.
//   - script-src 'self' 'wasm-unsafe-eval': app.js and wasm_exec.js from
//     the site; 'wasm-unsafe-eval' lets them compile app.wasm
//     (WebAssembly.instantiateStreaming). No eval, no inline script.
//   - style-src 'self': go-app's app.css and web/app.css. No inline style.
//   - img-src, font-src, manifest-src, worker-src 'self': the icons, the web
//     manifest and app-worker.js.
//   - connect-src 'self': the app fetches app.wasm; the worker, under its
//     own policy, fetches the files it precaches.
//   - object-src 'none', base-uri 'none', form-action 'self': no plugins,
//     no <base> that would move relative URLs, forms post only to the site.
//   - frame-ancestors 'none' (header only: a <meta> policy cannot hold it):
//     no other site may frame the app.
//
// A static site carries MetaCSP in a <meta http-equiv> element.
const MetaCSP = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self'; " +
	"font-src 'self'; " +
	"manifest-src 'self'; " +
	"worker-src 'self'; " +
	"connect-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'none'; " +
	"form-action 'self'"

// CSP is the Content-Security-Policy the server sends with every
// response: MetaCSP and frame-ancestors.
const CSP = MetaCSP + "; frame-ancestors 'none'"

// setSecurityHeaders sets the headers every response carries.
func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", CSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}
