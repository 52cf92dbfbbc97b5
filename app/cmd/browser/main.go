// Command browser is the Parallax explorer compiled to WebAssembly
// (GOOS=js GOARCH=wasm); it runs in the browser as web/app.wasm. It holds
// only the user interface and the embedded corpus: serving and static
// generation live in the parallax command.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/ui"
)

func main() {
	ui.Routes()
	app.RunWhenOnBrowser()
}
