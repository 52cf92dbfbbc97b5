package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFoundPage answers every path no other route takes.
type notFoundPage struct {
	app.Compo
}

func (p *notFoundPage) OnPreRender(ctx app.Context) { p.setMeta(ctx) }

func (p *notFoundPage) OnNav(ctx app.Context) { p.setMeta(ctx) }

func (p *notFoundPage) setMeta(ctx app.Context) {
	ctx.Page().SetTitle("Not found — " + siteName)
}

func (p *notFoundPage) Render() app.UI {
	return shell("", notFound("There is no page at this address."))
}

// notFound is the body of every "not found" view.
func notFound(why string) app.UI {
	return app.Div().Class("notfound").ID("not-found").Body(
		app.H1().Text("Page not found"),
		app.P().Text(why),
		app.P().Body(app.A().Href(href("/")).Text("Back to all articles")),
	)
}
