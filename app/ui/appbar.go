package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// appBar offers what the installed app needs from its page: a reload when
// a new version has been downloaded, an Install button when the browser
// can install the app, and instructions on Apple browsers, which cannot be
// asked to install.
type appBar struct {
	app.Compo

	updatable   bool
	installable bool
	apple       bool
}

func (b *appBar) OnMount(ctx app.Context) {
	b.updatable = ctx.AppUpdateAvailable()
	b.installable = ctx.IsAppInstallable()
	b.apple = appleBrowser()
}

func (b *appBar) OnAppUpdate(ctx app.Context) { b.updatable = ctx.AppUpdateAvailable() }

func (b *appBar) OnAppInstallChange(ctx app.Context) { b.installable = ctx.IsAppInstallable() }

// appleBrowser reports whether the page runs in Safari on an iPhone or
// iPad (or on a Mac), not already installed to the home screen.
func appleBrowser() bool {
	nav := app.Window().Get("navigator")
	if !nav.Truthy() {
		return false
	}
	if nav.Get("standalone").Truthy() {
		return false
	}
	ua := nav.Get("userAgent").String()
	apple := strings.Contains(ua, "iPhone") || strings.Contains(ua, "iPad") || strings.Contains(ua, "Macintosh")
	safari := strings.Contains(ua, "Safari") && !strings.Contains(ua, "Chrome") && !strings.Contains(ua, "Chromium") && !strings.Contains(ua, "Android")
	return apple && safari
}

func (b *appBar) Render() app.UI {
	return app.Div().Class("appbar").Body(
		app.If(b.updatable, func() app.UI {
			return app.Div().ID("app-update").Class("notice").Role("status").Body(
				app.Text("A new version of Parallax is ready. "),
				app.Button().ID("app-update-reload").Type("button").Text("Reload").
					OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.If(b.installable, func() app.UI {
			return app.Button().ID("install").Class("install").Type("button").Text("Install").
				Title("Install Parallax to use it offline, like an app").
				OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
		}),
		app.If(b.apple && !b.installable, func() app.UI {
			return app.Details().ID("install-apple").Class("install-help").Body(
				app.Summary().Text("Install"),
				app.P().Text("In Safari, tap the Share button, then “Add to Home Screen” (on a Mac: File › Add to Dock). Parallax then opens like an app and works offline."),
			)
		}),
	)
}
