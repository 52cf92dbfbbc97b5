package e2e

import (
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"parallax/corpus"
)

// hostileSite starts the server built from the hostile fixture corpus
// (testdata/hostile: markup, script and javascript: links in the text;
// make builds it into $PARALLAX_HOSTILE) and returns its URL and corpus.
func hostileSite(t *testing.T) (string, *corpus.Corpus) {
	t.Helper()
	skipWithoutSite(t)
	dir := os.Getenv("PARALLAX_HOSTILE")
	if dir == "" {
		if os.Getenv("PARALLAX_E2E") != "" {
			t.Fatal("PARALLAX_E2E is set but PARALLAX_HOSTILE is not (make test builds the hostile fixture)")
		}
		t.Skip("PARALLAX_HOSTILE is not set")
	}
	data, err := os.ReadFile(filepath.Join(dir, "corpus.bin"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(filepath.Join(dir, "parallax"), "serve", "-addr", addr, "-wasm", filepath.Join(dir, "web", "app.wasm"))
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	url := "http://" + addr
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		if resp, err := http.Get(url + "/"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Since(start) > 20*time.Second {
			t.Fatal("the hostile fixture's server did not start")
		}
	}
	return url, c
}

func TestCorpusTextIsRenderedAsTextNeverAsMarkup(t *testing.T) {
	url, c := hostileSite(t)
	pages := []string{"/", "/quotes", "/entities", "/compare", "/coverage", "/framing", "/quotes?q=library"}
	for _, a := range c.Articles {
		pages = append(pages, "/articles/"+a.ID)
	}
	for _, q := range c.Quotes {
		pages = append(pages, "/quotes/"+q.ID)
	}
	for _, e := range c.Entities {
		pages = append(pages, "/entities/"+e.ID)
	}
	if len(c.Articles) == 2 {
		pages = append(pages, "/compare/"+c.Articles[0].ID+"/"+c.Articles[1].ID)
	}
	tab, err := browser.NewTab(5 * time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	defer tab.Close()
	sawScriptText := false
	for _, p := range pages {
		open(t, tab, url+p)
		// Give any injected handler (onerror fires when the image fails to
		// load) time to run.
		if err := tab.Run(chromedp.Sleep(300 * time.Millisecond)); err != nil {
			t.Fatal(err)
		}
		var res struct {
			XSS      any      `json:"xss"`
			Injected []string `json:"injected"`
			Text     string   `json:"text"`
		}
		err := tab.Run(chromedp.Evaluate(`({
			xss: window.__xss === undefined ? null : String(window.__xss),
			injected: [...document.querySelectorAll("body script:not([src]), body img:not([src$='.svg']):not([src$='.png']), body iframe, body svg[onload], [onerror], [onload], a[href^='javascript:' i]")]
				.map(e => e.outerHTML.slice(0, 120)),
			text: document.querySelector("main") ? document.querySelector("main").innerText : "",
		})`, &res))
		if err != nil {
			t.Fatal(err)
		}
		if res.XSS != nil {
			t.Errorf("%s: injected script ran: window.__xss = %v", p, res.XSS)
		}
		if len(res.Injected) > 0 {
			t.Errorf("%s: corpus markup became elements: %s", p, strings.Join(res.Injected, "; "))
		}
		if strings.Contains(res.Text, "<script>") {
			sawScriptText = true
		}
	}
	if !sawScriptText {
		t.Errorf("no page showed the corpus's <script> literally as text")
	}
	if errs := tab.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}
