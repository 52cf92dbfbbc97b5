package ui

import (
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/corpus"
)

// framingPage shows how the articles frame the story, at /framing: the
// headlines and standfirsts side by side with their loaded words marked,
// and how each article describes the main people and organisations.
type framingPage struct {
	app.Compo
}

func (p *framingPage) OnPreRender(ctx app.Context) { p.setMeta(ctx) }

func (p *framingPage) OnNav(ctx app.Context) { p.setMeta(ctx) }

func (p *framingPage) setMeta(ctx app.Context) {
	ctx.Page().SetTitle("Framing: headlines side by side — " + siteName)
	ctx.Page().SetDescription("How each article frames the story: its headline and standfirst with loaded words marked, and how it describes the main figures.")
}

func (p *framingPage) Render() app.UI {
	c, err := loadCorpus()
	if err != nil {
		return shell("framing", errorBox(err))
	}
	arts := make([]*corpus.Article, len(c.Articles))
	for i := range c.Articles {
		arts[i] = &c.Articles[i]
	}
	// The most loaded headlines first, so that the framing stands out.
	sort.SliceStable(arts, func(i, j int) bool { return len(arts[i].Loaded) > len(arts[j].Loaded) })
	arts = arts[:min(100, len(arts))]
	main := mainEntities(c, 5)
	return shell("framing",
		app.H1().Text("How the headlines frame it"),
		app.P().Class("lede").Text("Loaded words — emotive, judging, inflating, or a headline that shouts or asks — are marked."),
		app.P().Class("legend-keys").Body(
			app.Mark().Class("loaded emotive").Text("emotive"), app.Text(" "),
			app.Mark().Class("loaded judgement").Text("judgement"), app.Text(" "),
			app.Mark().Class("loaded intensifier").Text("intensifier"), app.Text(" "),
			app.Mark().Class("loaded punctuation").Text("punctuation"),
		),
		app.Ul().Class("headlines").Body(app.Range(arts).Slice(func(i int) app.UI {
			a := arts[i]
			sf := ""
			for _, para := range a.Paragraphs {
				if para.ID == a.Standfirst {
					sf = para.Text
				}
			}
			return app.Li().Class("card").Body(
				app.H2().Body(app.A().Href(href(articlePath(a.ID))).Body(loadedText(a.Title, a.Loaded, "")...)),
				app.If(sf != "", func() app.UI { return app.P().Class("deck").Body(loadedText(sf, a.Loaded, a.Standfirst)...) }),
				app.P().Class("meta").Text(plural(len(a.Loaded), "loaded word", "loaded words")),
			)
		})),
		app.Section().Aria("labelledby", "h-framing-desc").Body(
			app.H2().ID("h-framing-desc").Text("How each article describes the main figures"),
			app.Range(main).Slice(func(i int) app.UI {
				e := main[i]
				return app.Div().Class("framing-entity").Body(
					app.H3().Body(app.A().Href(href(entityPath(e.ID))).Text(e.Name)),
					descriptorRows(c, e),
				)
			}),
		),
	)
}

// loadedText renders text with the loaded words that belong to it (those
// of paragraph id, "" for the title) marked.
func loadedText(text string, loaded []corpus.Loaded, id string) []app.UI {
	var out []app.UI
	at := 0
	for _, l := range loaded {
		if l.Paragraph != id || l.Start < at || l.End > len(text) {
			continue
		}
		if l.Start > at {
			out = append(out, app.Text(text[at:l.Start]))
		}
		out = append(out, app.Mark().Class("loaded "+l.Category).Title(l.Category).Text(text[l.Start:l.End]))
		at = l.End
	}
	if at < len(text) {
		out = append(out, app.Text(text[at:]))
	}
	return out
}
