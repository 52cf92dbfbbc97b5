package e2e

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"parallax/app/headless"
	"parallax/app/server"
)

// watch records what a tab's pages do that the security policy is about:
// every request's URL, the browser's own log errors (where it reports
// what a Content-Security-Policy refused) and the violations the pages
// see as securitypolicyviolation events.
type watch struct {
	mu       sync.Mutex
	requests []string
	logs     []string
}

// collectViolations runs in every page before its own scripts.
const collectViolations = `window.parallaxViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
	window.parallaxViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
});`

func watchTab(t *testing.T, tab *headless.Tab) *watch {
	t.Helper()
	w := &watch{}
	chromedp.ListenTarget(tab.Ctx, func(ev any) {
		w.mu.Lock()
		defer w.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			w.requests = append(w.requests, e.Request.URL)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.LevelError {
				w.logs = append(w.logs, string(e.Entry.Source)+": "+e.Entry.Text)
			}
		}
	})
	err := tab.Run(chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(collectViolations).Do(ctx)
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *watch) take() (requests, logs []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	requests, logs = w.requests, w.logs
	w.requests, w.logs = nil, nil
	return requests, logs
}

// violations returns the securitypolicyviolation events of the page.
func violations(t *testing.T, tab *headless.Tab) []string {
	t.Helper()
	var v []string
	if err := tab.Run(chromedp.Evaluate(`window.parallaxViolations || []`, &v)); err != nil {
		t.Fatal(err)
	}
	return v
}

// sameOrigin reports whether u is on origin (scheme://host:port).
func sameOrigin(u, origin string) bool {
	p, err := url.Parse(u)
	return err == nil && p.Scheme+"://"+p.Host == origin
}

func TestEveryPageRunsUnderTheContentSecurityPolicyAndStaysOnItsOrigin(t *testing.T) {
	skipWithoutSite(t)
	q, word := attributedQuote(t)
	a := testCorpus.Articles[0]
	pages := []struct{ path, ready string }{
		{"/", `document.querySelectorAll(".articles .card").length > 0`},
		{"/articles/" + a.ID, `document.querySelectorAll(".reader .para").length > 0`},
		{"/quotes", `document.getElementById("q") !== null`},
		{"/quotes?q=" + url.QueryEscape(word), `document.querySelectorAll("#results .hit").length > 0`},
		{"/quotes/" + q.ID, `document.getElementById("quote-text") !== null`},
		{"/no/such/page", `document.getElementById("not-found") !== null`},
		{"/entities", `document.querySelectorAll("#results .entity-item").length > 0`},
		{"/entities/" + quotedPerson(t).ID, `document.querySelectorAll(".kwic li").length > 0`},
		{"/compare", `document.querySelectorAll(".matrix tbody tr").length > 0`},
		{"/coverage", `document.querySelectorAll(".grid").length === 2`},
		{"/framing", `document.querySelectorAll(".headlines li").length > 0`},
	}
	if len(testCorpus.Pairs) > 0 {
		p := testCorpus.Pairs[0]
		pages = append(pages, struct{ path, ready string }{"/compare/" + p.A + "/" + p.B, `document.querySelectorAll(".side").length === 2`})
	}
	each(t, func(t *testing.T, d deployment, tab *headless.Tab) {
		w := watchTab(t, tab)
		for _, p := range pages {
			if d.plain && p.path == "/no/such/page" {
				continue // a plain file server has no 404 page of the site's own
			}
			open(t, tab, d.page(p.path))
			waitFor(t, tab, p.path, p.ready)

			// The policy is there: as a header from the Go server, in a
			// <meta> element on the static site.
			var meta string
			if err := tab.Run(chromedp.Evaluate(`(document.querySelector('meta[http-equiv="Content-Security-Policy"]') || {}).content || ""`, &meta)); err != nil {
				t.Fatal(err)
			}
			if d.name == "go-server" {
				resp, err := http.Get(d.page(p.path))
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if got := resp.Header.Get("Content-Security-Policy"); got != server.CSP {
					t.Errorf("%s: Content-Security-Policy header %q, want %q", p.path, got, server.CSP)
				}
			} else if meta != server.MetaCSP {
				t.Errorf("%s: Content-Security-Policy <meta> %q, want %q", p.path, meta, server.MetaCSP)
			}

			if v := violations(t, tab); len(v) > 0 {
				t.Errorf("%s: policy violations:\n%s", p.path, strings.Join(v, "\n"))
			}
			requests, logs := w.take()
			if len(logs) > 0 {
				t.Errorf("%s: browser errors:\n%s", p.path, strings.Join(logs, "\n"))
			}
			for _, r := range requests {
				if !sameOrigin(r, d.url) {
					t.Errorf("%s: request to another origin: %s", p.path, r)
				}
			}
			if len(requests) == 0 {
				t.Errorf("%s: no request recorded", p.path)
			}
		}

		// The policy is enforced: an inline script does not run.
		var ran bool
		err := tab.Run(chromedp.Evaluate(`(() => {
			const s = document.createElement("script");
			s.textContent = "window.parallaxInline = true";
			document.head.append(s);
			return window.parallaxInline === true;
		})()`, &ran))
		if err != nil {
			t.Fatal(err)
		}
		if ran {
			t.Errorf("an inline script ran")
		}
		waitFor(t, tab, "the inline script reported", `window.parallaxViolations.some(v => v.startsWith("script-src"))`)
	})
}
