package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// siteName is the product's name as shown to users.
const siteName = "Parallax"

// shell wraps a page's content in the header, navigation and footer that
// every page shares. current names the navigation entry to mark.
func shell(current string, content ...app.UI) app.UI {
	return app.Div().Class("shell").Body(
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href(href("/")).Body(
				app.Img().Src("/web/icon.svg").Attr("role", "presentation").Aria("hidden", "true").Width(28).Height(28),
				app.Span().Text(siteName),
			),
			app.Nav().Aria("label", "Main").Body(
				navLink("/", "Articles", current == "articles"),
				navLink("/quotes", "Quotes", current == "quotes"),
				navLink("/entities", "People & places", current == "entities"),
				navLink("/compare", "Compare", current == "compare"),
				navLink("/coverage", "Coverage", current == "coverage"),
				navLink("/framing", "Framing", current == "framing"),
			),
			&appBar{},
		),
		app.Main().ID("main").Body(content...),
		app.Footer().Class("bottom").Body(
			app.Text("Parallax runs entirely in your browser: the corpus is built in, nothing is sent anywhere."),
		),
	)
}

func navLink(path, label string, current bool) app.UI {
	a := app.A().Href(href(path)).Text(label)
	if current {
		a = a.Aria("current", "page")
	}
	return a
}

// errorBox shows a problem that stops a page from rendering its content.
func errorBox(err error) app.UI {
	return app.Div().Class("error").Body(
		app.H1().Text("Something went wrong"),
		app.P().Text(err.Error()),
	)
}
