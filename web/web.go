// Package web holds the explorer's static assets: the style sheet and the
// icons, served under /web/ next to the compiled app.wasm.
package web

import "embed"

// Assets are the static files, at the root of the file system.
//
//go:embed app.css icon.svg *.png
var Assets embed.FS
