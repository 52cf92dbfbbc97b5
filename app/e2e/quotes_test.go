package e2e

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"unicode"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"parallax/app/headless"
	"parallax/corpus"
)

// attributedQuote returns a statement with a speaker in a cluster of its
// own article, and a distinctive word of it to search for.
func attributedQuote(t *testing.T) (*corpus.Quote, string) {
	t.Helper()
	for i := range testCorpus.Quotes {
		q := &testCorpus.Quotes[i]
		if q.Speaker == "" || q.Kind != corpus.QuoteStatement {
			continue
		}
		for _, w := range strings.FieldsFunc(q.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) >= 8 {
				return q, strings.ToLower(w)
			}
		}
	}
	t.Fatal("the corpus has no attributed statement with a word of 8 letters")
	return nil, ""
}

func TestSearchFindsAQuoteAndKeepsTheQueryInTheURL(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		q, word := attributedQuote(t)
		open(t, tab, d.page("/quotes"))
		// "/" focuses the search box from anywhere on the page.
		if err := tab.Run(pressSlash(), headless.WaitJS(`document.activeElement.id === "q"`), chromedp.SendKeys("#q", word, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "results for "+word, fmt.Sprintf(`document.activeElement.id === "q" &&
			new URLSearchParams(location.search).get("q") === %s &&
			[...document.querySelectorAll("#results .hit q")].some(e => e.textContent === %s) &&
			document.querySelector("#results .hit mark") !== null`, js(word), js(q.Text)))

		// Opening a result and coming back restores the search.
		if err := tab.Run(chromedp.Click(`#results .hit .quote-link`, chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "permalink", `location.pathname.includes("/quotes/") && document.getElementById("quote-text") !== null`)
		if err := tab.Run(chromedp.NavigateBack()); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "search after Back", fmt.Sprintf(`document.getElementById("q") && document.getElementById("q").value === %s &&
			document.querySelectorAll("#results .hit").length > 0`, js(word)))

		// A shared search URL opens the same view.
		u := d.page("/quotes") + "?" + url.Values{"q": {word}, "speaker": {string(q.Speaker)}}.Encode()
		open(t, tab, u)
		waitFor(t, tab, "search from its URL", fmt.Sprintf(`document.getElementById("q").value === %s &&
			document.getElementById("speaker").value === %s &&
			[...document.querySelectorAll("#results .hit .speaker")].every(e => e.textContent === %s)`, js(word), js(string(q.Speaker)), js(string(q.Speaker))))
	})
}

func TestArrowKeysAndEnterOpenAResult(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		open(t, tab, d.page("/quotes"))
		var second string
		if err := tab.Run(
			chromedp.Click("#q", chromedp.ByQuery),
			chromedp.KeyEvent(kb.ArrowDown),
			headless.WaitJS(`document.querySelector("#results .hit.selected") === document.getElementById("result-1")`),
			chromedp.Evaluate(`document.querySelector("#results .hit.selected .quote-link").getAttribute("href")`, &second),
			chromedp.KeyEvent(kb.Enter),
		); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "the selected quote", fmt.Sprintf(`location.pathname === %s && document.getElementById("quote-text") !== null`, js(second)))
	})
}

func TestQuotePageShowsContextAndSharesItsLink(t *testing.T) {
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		q, _ := attributedQuote(t)
		open(t, tab, d.page("/quotes/"+q.ID))
		waitFor(t, tab, "quote page", fmt.Sprintf(`document.getElementById("quote-text").textContent.includes(%s) &&
			document.querySelector(".quote-card .speaker").textContent === %s &&
			document.querySelector(".context mark").textContent === %s &&
			document.title.includes(%s)`, js(q.Text[:min(len(q.Text), 40)]), js(string(q.Speaker)), js(firstSpanText(q)), js(string(q.Speaker))))

		origin := d.url
		if err := tab.Run(chromedp.ActionFunc(func(ctx context.Context) error {
			for _, name := range []string{"clipboard-read", "clipboard-write"} {
				err := cdpbrowser.SetPermission(&cdpbrowser.PermissionDescriptor{Name: name}, cdpbrowser.PermissionSettingGranted).WithOrigin(origin).Do(ctx)
				if err != nil {
					return err
				}
			}
			return nil
		}), chromedp.Click("#share", chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		link := d.page("/quotes/" + q.ID)
		waitFor(t, tab, "share feedback", fmt.Sprintf(`document.querySelector(".actions .status").textContent === %s`, js("Link copied: "+link)))
		var copied string
		if err := tab.Run(chromedp.Evaluate(`navigator.clipboard.readText()`, &copied, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) })); err != nil {
			t.Fatal(err)
		}
		if copied != link {
			t.Errorf("clipboard holds %q, want %q", copied, link)
		}

		// The reader opens at the quote, marked and in view.
		if err := tab.Run(chromedp.Click("#in-reader", chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "quote marked in the reader", fmt.Sprintf(`(() => {
			const p = document.getElementById(%s);
			const m = p && p.querySelector("mark");
			if (!m || m.textContent !== %s) return false;
			const r = p.getBoundingClientRect();
			return r.top >= 0 && r.top < window.innerHeight;
		})()`, js(q.Paragraph), js(firstSpanText(q))))
	})
}

// pressSlash presses "/" as a keyboard does: one keydown carrying the
// text, which the page may cancel, then keyup. (chromedp.KeyEvent sends
// the text as a separate "char" event that no page can cancel.)
func pressSlash() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		down := input.DispatchKeyEvent(input.KeyDown).WithKey("/").WithCode("Slash").WithText("/").WithWindowsVirtualKeyCode(191)
		if err := down.Do(ctx); err != nil {
			return err
		}
		return input.DispatchKeyEvent(input.KeyUp).WithKey("/").WithCode("Slash").WithWindowsVirtualKeyCode(191).Do(ctx)
	})
}

// firstSpanText is the text of a quote's first span.
func firstSpanText(q *corpus.Quote) string {
	a := testCorpus.Article(q.Article)
	for _, p := range a.Paragraphs {
		if p.ID == q.Paragraph {
			return p.Text[q.Start:q.End]
		}
	}
	return ""
}
