package e2e

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"parallax/app/headless"
	"parallax/corpus"
)

// quotedPerson returns the person entity quoted in the most articles.
func quotedPerson(t *testing.T) *corpus.Entity {
	t.Helper()
	articles := make(map[string]map[string]bool)
	for _, q := range testCorpus.Quotes {
		if q.SpeakerEntity != "" {
			if articles[string(q.SpeakerEntity)] == nil {
				articles[string(q.SpeakerEntity)] = make(map[string]bool)
			}
			articles[string(q.SpeakerEntity)][q.Article] = true
		}
	}
	var best *corpus.Entity
	for i := range testCorpus.Entities {
		e := &testCorpus.Entities[i]
		if e.Type == corpus.EntityPerson && (best == nil || len(articles[e.ID]) > len(articles[best.ID])) {
			best = e
		}
	}
	if best == nil || len(articles[best.ID]) == 0 {
		t.Fatal("no quoted person in the corpus")
	}
	return best
}

// misspelt drops a letter from the middle of the name's longest word.
func misspelt(name string) string {
	words := strings.Fields(strings.ToLower(name))
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	w := words[0]
	return w[:len(w)-2] + w[len(w)-1:]
}

func TestEntitySearchForgivesATypoAndKeepsTheQueryInTheURL(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		e := quotedPerson(t)
		typo := misspelt(e.Name)
		open(t, tab, d.page("/entities"))
		if err := tab.Run(chromedp.SendKeys("#q", typo, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "entity found by "+typo, fmt.Sprintf(`new URLSearchParams(location.search).get("q") === %s &&
			document.querySelector("#results .entity-item a") !== null &&
			document.querySelector("#results .entity-item a").textContent === %s`, js(typo), js(e.Name)))
		// Reloading the URL shows the same search.
		if err := tab.Run(chromedp.Reload(), headless.WaitStarted()); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "search after reload", fmt.Sprintf(`document.getElementById("q").value === %s &&
			document.querySelector("#results .entity-item a").textContent === %s`, js(typo), js(e.Name)))
		if err := tab.Run(chromedp.Click("#results .entity-item a", chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "entity page", fmt.Sprintf(`location.pathname === %s && document.querySelector("h1").textContent.startsWith(%s)`,
			js(d.prefix+"/entities/"+e.ID), js(e.Name)))
	})
}

func TestEntityPageShowsMentionsQuotesAndContextLinkingIntoTheReader(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		e := quotedPerson(t)
		open(t, tab, d.page("/entities/"+e.ID))
		waitFor(t, tab, "entity page sections", fmt.Sprintf(`document.querySelectorAll(".bars li").length === %d &&
			document.querySelectorAll(".entity-quotes li").length > 0 &&
			document.querySelectorAll(".kwic li").length === %d`, min(25, len(e.Articles)), min(30, len(e.Mentions))))
		var first string
		if err := tab.Run(chromedp.Evaluate(`document.querySelector(".kwic li a strong").textContent`, &first)); err != nil {
			t.Fatal(err)
		}
		if first != e.Mentions[0].Text {
			t.Errorf("first mention in context = %q, want %q", first, e.Mentions[0].Text)
		}
		if err := tab.Run(chromedp.Click(".kwic li a", chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		m := e.Mentions[0]
		waitFor(t, tab, "reader at the mention", fmt.Sprintf(`location.pathname === %s && location.hash === %s &&
			document.getElementById(%s).classList.contains("target")`,
			js(d.prefix+"/articles/"+m.Article), js("#"+m.Paragraph), js(m.Paragraph)))
		// In the reader, the name links back to the entity.
		if err := tab.Run(chromedp.Click(fmt.Sprintf(`[id=%q] a.name[href$=%q]`, m.Paragraph, "/entities/"+e.ID), chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "entity page from the reader", fmt.Sprintf(`location.pathname === %s`, js(d.prefix+"/entities/"+e.ID)))
	})
}

func TestCompareMatrixOpensTwoArticlesSideBySide(t *testing.T) {
	skipWithoutSite(t)
	if len(testCorpus.Pairs) == 0 {
		t.Skip("the corpus has no similar pair")
	}
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		open(t, tab, d.page("/compare"))
		n := len(testCorpus.Articles)
		waitFor(t, tab, "matrix", fmt.Sprintf(`document.querySelectorAll(".matrix tbody tr").length === %d &&
			document.querySelectorAll(".matrix td.cell a").length === %d`, min(n, 24), 2*len(testCorpus.Pairs)))
		if err := tab.Run(chromedp.Click(".pairs li a", chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "side by side", `location.pathname.includes("/compare/") &&
			document.querySelectorAll(".side").length === 2 &&
			document.querySelectorAll(".side a.seg").length > 0 &&
			document.getElementById("passage-1") !== null`)
		// Passages marked in the text link to their aligned pair.
		if err := tab.Run(chromedp.Click(".side a.seg", chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "aligned passage", `location.hash.startsWith("#passage-")`)
	})
}

func TestCoverageAndFramingShowWhoIsQuotedWhereAndLoadedWords(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		open(t, tab, d.page("/coverage"))
		waitFor(t, tab, "coverage grids", `document.querySelectorAll(".grid").length === 2 &&
			document.querySelectorAll(".grid td.yes").length > 0`)
		loaded := 0
		for _, a := range testCorpus.Articles {
			loaded += len(a.Loaded)
		}
		open(t, tab, d.page("/framing"))
		waitFor(t, tab, "framing", fmt.Sprintf(`document.querySelectorAll(".headlines li").length === %d &&
			document.querySelectorAll(".headlines mark.loaded").length === %d`, min(100, len(testCorpus.Articles)), loaded))
	})
}
