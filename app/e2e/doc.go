// Package e2e holds the browser tests: headless Chromium driving the real
// explorer, served by the Go server and as a static site at the root of a
// host and under a sub-path.
//
// They need the compiled app: make test builds it and sets PARALLAX_WASM.
// Run alone, they skip unless PARALLAX_WASM names an app.wasm built from
// the same corpus as the test binary.
package e2e
